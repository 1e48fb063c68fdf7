package org.pactum.core.fairshare.corrective;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.pactum.core.fairshare.StateCode;

/**
 * Where one Member State stands under the corrective allocation: its reference share and reference
 * number, the applications it is responsible for and what percentage of the reference number that is,
 * whether it triggers the mechanism (above 150 %) or may receive (below 100 %), and how many
 * applicants leave it or are allocated to it.
 */
public record StatePosition(StateCode state, BigDecimal referenceShare, long applications, BigDecimal referenceNumber,
                            Optional<BigDecimal> percentOfReference, boolean triggers, boolean receives,
                            long allocatedOnward, long allocatedHere) {

    public StatePosition {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(referenceShare, "reference share of " + state);
        Objects.requireNonNull(referenceNumber, "reference number of " + state);
        Objects.requireNonNull(percentOfReference, "percent of reference of " + state);
        if (applications < 0 || allocatedOnward < 0 || allocatedHere < 0) {
            throw new IllegalArgumentException("numbers of applicants for " + state + " cannot be negative");
        }
        if (triggers && receives) {
            throw new IllegalArgumentException(state + " cannot both trigger the mechanism and receive applicants");
        }
    }

    /** Applications the state is responsible for once the corrective allocation has run. */
    public long applicationsAfter() {
        return applications - allocatedOnward + allocatedHere;
    }
}
