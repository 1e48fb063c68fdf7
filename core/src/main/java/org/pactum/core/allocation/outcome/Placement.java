package org.pactum.core.allocation.outcome;

import java.util.Objects;

/**
 * One past placement and its outcome: the household's profile when it was placed, the destination
 * it was placed at, and whether at least one adult was employed within a year. The training data
 * of a learnt outcome model.
 */
public record Placement(CaseProfile household, String destination, boolean employed) {

    public Placement {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(destination, "destination");
    }
}
