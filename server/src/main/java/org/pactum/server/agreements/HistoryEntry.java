package org.pactum.server.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One step in an agreement's history: who did what, when, with what effect. */
public record HistoryEntry(Instant occurredAt, String actor, String action, Optional<AgreementStatus> from,
        AgreementStatus to, Optional<LocalDate> effectiveOn, String detail) {
}
