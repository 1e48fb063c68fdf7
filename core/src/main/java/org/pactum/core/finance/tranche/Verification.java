package org.pactum.core.finance.tranche;

import java.util.Objects;

/** Where an indicator report stands with the independent verifier. */
public sealed interface Verification {

    /** Confirmed by the verifier, who is named. */
    record Verified(String verifier) implements Verification {
        public Verified {
            if (verifier == null || verifier.isBlank()) {
                throw new IllegalArgumentException("verifier: required");
            }
        }
    }

    /** Contested by the verifier, with the reason given. */
    record Disputed(String reason) implements Verification {
        public Disputed {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason: a dispute must give its reason");
            }
        }
    }

    /** Reported, not yet reviewed. */
    record Pending() implements Verification {
    }

    static Verification verifiedBy(String verifier) {
        return new Verified(verifier);
    }

    static Verification disputed(String reason) {
        return new Disputed(Objects.requireNonNull(reason, "reason"));
    }

    static Verification pending() {
        return new Pending();
    }
}
