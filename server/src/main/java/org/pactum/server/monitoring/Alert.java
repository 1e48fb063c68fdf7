package org.pactum.server.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A notice on the monitoring dashboard: a review or sunset ahead, a breached trigger, a step of an agreement. */
public record Alert(long id, String agreementId, String kind, Instant occurredAt, Optional<LocalDate> dueOn, String message,
        String data) {
}
