package org.pactum.server.agreements;

/** Where an agreement stands in its life. */
public enum AgreementStatus {
    DRAFT, NEGOTIATED, SIGNED, IN_FORCE, UNDER_REVIEW, SUSPENDED, TERMINATED, EXPIRED;

    /** Whether the agreement binds its parties now, so that its calendar and triggers are watched. */
    public boolean operative() {
        return this == IN_FORCE || this == UNDER_REVIEW || this == SUSPENDED;
    }
}
