package org.pactum.core.finance.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A result of an activity (IATI ResultType: output, outcome, impact, other) with its indicators,
 * each with a baseline and, per reporting period, a target and an actual value.
 */
public record Result(Type type, String title, List<Indicator> indicators) {

    public enum Type {
        OUTPUT(1), OUTCOME(2), IMPACT(3), OTHER(9);

        private final int code;

        Type(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    public Result {
        Objects.requireNonNull(type, "result.type");
        Codes.required(title, "result.title");
        indicators = List.copyOf(indicators);
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("result.indicators: a result needs at least one indicator");
        }
    }

    /** An indicator (IATI IndicatorMeasure: 1 unit, 2 percentage); {@code ascending} when more is better. */
    public record Indicator(Measure measure, boolean ascending, String title, Optional<String> code, Optional<Baseline> baseline,
                            List<Period> periods) {

        public enum Measure {
            UNIT(1), PERCENTAGE(2);

            private final int code;

            Measure(int code) {
                this.code = code;
            }

            public int code() {
                return code;
            }
        }

        public Indicator {
            Objects.requireNonNull(measure, "indicator.measure");
            Codes.required(title, "indicator.title");
            Objects.requireNonNull(code, "indicator.code");
            Objects.requireNonNull(baseline, "indicator.baseline");
            periods = List.copyOf(periods);
        }
    }

    public record Baseline(int year, Optional<LocalDate> date, BigDecimal value) {
        public Baseline {
            if (year < 1) {
                throw new IllegalArgumentException("baseline.year: must be a positive year, got " + year);
            }
            Objects.requireNonNull(date, "baseline.date");
            Objects.requireNonNull(value, "baseline.value");
        }
    }

    public record Period(LocalDate start, LocalDate end, Optional<BigDecimal> target, Optional<BigDecimal> actual) {
        public Period {
            Objects.requireNonNull(start, "period.start");
            Objects.requireNonNull(end, "period.end");
            Objects.requireNonNull(target, "period.target");
            Objects.requireNonNull(actual, "period.actual");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("period.end: ends " + end + " before it starts " + start);
            }
        }
    }
}
