package org.pactum.server.allocation;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a run places its households: {@code batch} optimises all of them together (exact integer
 * program on small instances, the price method on large ones); {@code dynamic} places them in
 * weekly batches against annual quotas, at prices estimated for the rest of the year;
 * {@code quota-only} is the outcome-blind rule of national dispersal systems such as Germany's
 * EASY; {@code greedy} sends each household, in order, to its best place with room left.
 */
public enum AllocationMode {
    BATCH("batch"),
    DYNAMIC("dynamic"),
    QUOTA_ONLY("quota-only"),
    GREEDY("greedy");

    private final String code;

    AllocationMode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AllocationMode> ofCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
