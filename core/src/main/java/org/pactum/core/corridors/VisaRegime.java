package org.pactum.core.corridors;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the holder of one country's passport may enter another, as the Passport Index codes it,
 * from the most open to the most closed. {@link #openness()} orders the regimes: the higher, the
 * easier the entry.
 */
public enum VisaRegime {
    VISA_FREE(3, 4),
    VISA_ON_ARRIVAL(2, 3),
    E_VISA(1, 2),
    VISA_REQUIRED(0, 1),
    NO_ADMISSION(-2, 0);

    private final int code;
    private final int openness;

    VisaRegime(int code, int openness) {
        this.code = code;
        this.openness = openness;
    }

    /** The regime of a Passport Index code (3, 2, 1, 0, -2), or nothing for any other number. */
    public static Optional<VisaRegime> ofCode(double code) {
        return Arrays.stream(values()).filter(r -> r.code == code).findFirst();
    }

    public int code() {
        return code;
    }

    /** 4 for visa-free down to 0 for no admission. */
    public int openness() {
        return openness;
    }

    /** Whether a traveller needs no visa obtained before the journey (visa-free or visa on arrival). */
    public boolean withoutPriorVisa() {
        return this == VISA_FREE || this == VISA_ON_ARRIVAL;
    }
}
