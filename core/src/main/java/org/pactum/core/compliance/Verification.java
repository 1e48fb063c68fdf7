package org.pactum.core.compliance;

/** Where a reported figure stands with the independent verifier. */
public enum Verification {
    PENDING, VERIFIED, DISPUTED
}
