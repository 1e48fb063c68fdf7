package org.pactum.core.apportionment;

import java.math.BigDecimal;
import java.util.Objects;
import org.pactum.core.fairshare.StateCode;

/**
 * What one state is allotted: its share, its quota of persons (share × total before rounding to whole
 * persons, to 34 significant digits),
 * and the whole number of persons it takes.
 */
public record Allotment(StateCode state, BigDecimal share, BigDecimal quota, long persons) {

    public Allotment {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(share, "share of " + state);
        Objects.requireNonNull(quota, "quota of " + state);
        if (persons < 0) {
            throw new IllegalArgumentException("persons allotted to " + state + " cannot be negative, was " + persons);
        }
    }

    /** Persons allotted minus the exact quota: positive if the state takes more than its quota. */
    public BigDecimal deviationFromQuota() {
        return BigDecimal.valueOf(persons).subtract(quota);
    }
}
