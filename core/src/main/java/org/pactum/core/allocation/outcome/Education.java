package org.pactum.core.allocation.outcome;

import java.util.Locale;
import java.util.Optional;

/** The highest level of education completed by an adult member of a household (ISCED groups). */
public enum Education {
    /** No formal schooling completed. */
    NONE,
    /** Primary education (ISCED 1). */
    PRIMARY,
    /** Lower or upper secondary, or post-secondary non-tertiary (ISCED 2 to 4). */
    SECONDARY,
    /** Tertiary (ISCED 5 to 8). */
    TERTIARY;

    /** 0 for none up to 3 for tertiary. */
    public int level() {
        return ordinal();
    }

    /** The word used in case-profile files: {@code none}, {@code primary}, {@code secondary}, {@code tertiary}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Education> fromWord(String word) {
        for (Education education : values()) {
            if (education.word().equals(word)) {
                return Optional.of(education);
            }
        }
        return Optional.empty();
    }
}
