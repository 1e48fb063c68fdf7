package org.pactum.server.grievances;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the grievance channel shows: to the complainant through the receipt code, and to the officers. */
public final class GrievanceViews {

    private GrievanceViews() {
    }

    /** A complaint just filed: the receipt code is shown this once and never stored. */
    public record Filed(String receiptCode, String category, Instant filedAt, Instant dueAt) {
    }

    /** A dated step as the complainant sees it (no officer's name). */
    public record Step(Instant at, String status) {
    }

    /** What anyone holding the receipt code sees. */
    public record Tracked(String category, String status, Instant filedAt, Instant dueAt, boolean escalated,
            Optional<String> referredTo, Optional<String> response, Optional<String> reason, List<Step> steps) {
    }

    /** A line of an officer's inbox: no text the complainant wrote. */
    public record InboxItem(long id, String category, String place, Optional<String> agreementId, String partyId, String status,
            Instant filedAt, Instant dueAt, boolean escalated, boolean overdue) {
    }

    /** A step as officers see it, with who took it. */
    public record OfficerStep(Instant at, String status, String by) {
    }

    /** An internal note. */
    public record Note(Instant at, String by, String text) {
    }

    /** A complaint opened by one of the responsible party's officers: the complainant's text in clear. */
    public record Case(long id, String category, String place, Optional<String> agreementId, Optional<String> namedParty, String partyId,
            String language, String description, Optional<String> contact, String status, Optional<String> referredUnit,
            Optional<String> response, Optional<String> reason, Instant filedAt, Instant dueAt, Optional<Instant> escalatedAt,
            Optional<Instant> closedAt, boolean overdue, List<OfficerStep> steps, List<Note> notes) {
    }
}
