package org.pactum.core.compliance;

import java.util.Objects;

/** A reported figure for one period and where it stands with the verifier. */
public record Actual(double value, Verification verification) {

    public Actual {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a reported value must be a finite number");
        }
        Objects.requireNonNull(verification, "verification");
    }

    public boolean verified() {
        return verification == Verification.VERIFIED;
    }
}
