package org.pactum.core.grievances;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a complaint is about, from the shared dictionary, with the time within which the
 * responsible party must answer. Complaints about liberty and physical safety (detention,
 * returns) get the shortest deadlines; complaints about money and equal treatment, which need
 * documents from several offices, the longest.
 */
public enum GrievanceCategory {
    RECEPTION_CONDITIONS("reception-conditions", 14),
    DETENTION("detention", 7),
    ACCESS_TO_ASYLUM("access-to-asylum", 14),
    RETURN_CONDITIONS("return-conditions", 7),
    LABOUR_EXPLOITATION("labour-exploitation", 14),
    DISCRIMINATION("discrimination", 30),
    MISUSE_OF_FUNDS("misuse-of-funds", 30),
    OTHER("other", 30);

    private final String code;
    private final int responseDays;

    GrievanceCategory(String code, int responseDays) {
        this.code = code;
        this.responseDays = responseDays;
    }

    /** The dictionary code, as it appears in addresses, the API and the statistics. */
    public String code() {
        return code;
    }

    /** Days within which the responsible party must resolve or reject a complaint of this kind. */
    public int responseDays() {
        return responseDays;
    }

    /** When a complaint of this kind filed at {@code filedAt} must be answered. */
    public Instant deadline(Instant filedAt) {
        return filedAt.plus(Duration.ofDays(responseDays));
    }

    public static Optional<GrievanceCategory> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
