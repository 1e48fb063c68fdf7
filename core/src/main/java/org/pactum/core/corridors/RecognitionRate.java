package org.pactum.core.corridors;

import java.util.OptionalDouble;

/**
 * The share of asylum decisions that recognised refugee status, in one year, for the nationals of
 * one country in another: recognised decisions over all decisions taken (UNHCR's "total
 * recognition rate" also counts complementary protection; this is the Convention rate).
 */
public record RecognitionRate(long recognised, long decisions) {

    public RecognitionRate {
        if (recognised < 0 || decisions < 0) {
            throw new IllegalArgumentException("Decisions are counted from 0");
        }
        if (recognised > decisions) {
            throw new IllegalArgumentException(
                    "More recognitions (" + recognised + ") than decisions (" + decisions + ")");
        }
    }

    /** The rate in percent, or nothing when no decision was taken (never a zero rate). */
    public OptionalDouble percent() {
        return decisions == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * recognised / decisions);
    }
}
