package org.pactum.server.audit;

import java.time.Instant;

/**
 * One entry of the audit trail.
 *
 * @param actor   the account (or {@code cli:<user>}, or {@code anonymous}) that acted
 * @param action  what was done, e.g. {@code reference.import} or {@code POST /api/v1/parties/DEU}
 * @param outcome {@code DONE} or {@code REFUSED}
 */
public record AuditRecord(long id, Instant occurredAt, String actor, String action, String subject, String outcome,
        String detail) {
}
