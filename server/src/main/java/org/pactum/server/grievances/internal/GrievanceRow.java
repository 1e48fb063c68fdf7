package org.pactum.server.grievances.internal;

import java.time.Instant;
import java.util.Optional;

/** A row of {@code grievance} as stored: the complainant's text still sealed. */
public record GrievanceRow(long id, String category, String place, Optional<String> agreementId, Optional<String> namedParty,
        String partyId, String language, String keyId, String descriptionSealed, Optional<String> contactSealed, String status,
        Optional<String> referredUnit, Optional<String> response, Optional<String> reason, Instant filedAt, Instant dueAt,
        Optional<Instant> escalatedAt, Optional<Instant> closedAt, String receiptDigest) {

    /** What the sealed description and contact are bound to: they open only in this row and column. */
    public String context(String field) {
        return "grievance/" + receiptDigest + "/" + field;
    }

    /** A step of the complaint: when, to which status, by whom (an officer's account or {@code anonymous}). */
    public record StepRow(Instant takenAt, String status, String takenBy) {
    }

    /** An internal note, still sealed. */
    public record NoteRow(long id, String keyId, String bodySealed, Instant writtenAt, String writtenBy) {
    }
}
