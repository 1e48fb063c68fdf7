package org.pactum.core.allocation.outcome;

import java.util.Locale;
import java.util.Optional;

/** The gender of a household's principal applicant, as recorded by the reception authority. */
public enum Gender {
    FEMALE,
    MALE,
    /** Recorded as neither (or not recorded). */
    OTHER;

    /** The word used in case-profile files: {@code female}, {@code male}, {@code other}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Gender> fromWord(String word) {
        for (Gender gender : values()) {
            if (gender.word().equals(word)) {
                return Optional.of(gender);
            }
        }
        return Optional.empty();
    }
}
