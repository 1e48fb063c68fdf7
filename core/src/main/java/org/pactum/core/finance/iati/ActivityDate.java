package org.pactum.core.finance.iati;

import java.time.LocalDate;
import java.util.Objects;

/** A dated milestone of an activity, typed by the IATI 2.03 ActivityDateType codelist. */
public record ActivityDate(Type type, LocalDate date) {

    public enum Type {
        PLANNED_START(1, "Planned start"),
        ACTUAL_START(2, "Actual start"),
        PLANNED_END(3, "Planned End"),
        ACTUAL_END(4, "Actual end");

        private final int code;
        private final String iatiName;

        Type(int code, String iatiName) {
            this.code = code;
            this.iatiName = iatiName;
        }

        public int code() {
            return code;
        }

        public String iatiName() {
            return iatiName;
        }
    }

    public ActivityDate {
        Objects.requireNonNull(type, "activityDate.type");
        Objects.requireNonNull(date, "activityDate.date");
    }
}
