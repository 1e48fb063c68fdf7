package org.pactum.server.agreements;

import java.time.LocalDate;

/** What happens to an agreement, as other modules hear of it. */
public sealed interface AgreementEvent {

    String agreementId();

    /**
     * The agreement moved from one status to another through a named act; {@code onPublicRegister}
     * tells whether it had been published by then (its changes are then public facts too).
     */
    record AgreementTransitioned(String agreementId, String action, AgreementStatus from, AgreementStatus to,
            LocalDate effectiveOn, String detail, boolean onPublicRegister) implements AgreementEvent {
    }

    /** The agreement was put on the public register. */
    record AgreementPublished(String agreementId) implements AgreementEvent {
    }

    /** A renegotiation was opened because a trigger clause was breached: the terms are to be reopened. */
    record RenegotiationOpened(String agreementId, String clauseKey, String reason, LocalDate effectiveOn)
            implements AgreementEvent {
    }
}
