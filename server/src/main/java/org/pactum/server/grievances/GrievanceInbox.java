package org.pactum.server.grievances;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pactum.core.grievances.GrievanceLifecycle;
import org.pactum.core.grievances.GrievanceStatus;
import org.pactum.core.grievances.Transition;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.grievances.GrievanceViews.Case;
import org.pactum.server.grievances.GrievanceViews.InboxItem;
import org.pactum.server.grievances.GrievanceViews.Note;
import org.pactum.server.grievances.GrievanceViews.OfficerStep;
import org.pactum.server.grievances.internal.GrievanceRepository;
import org.pactum.server.grievances.internal.GrievanceRow;
import org.pactum.server.grievances.internal.Keyring;
import org.pactum.server.identity.CurrentMember;
import org.pactum.server.identity.Member;
import org.pactum.server.identity.PartyDirectory;
import org.pactum.server.identity.Role;
import org.pactum.server.support.InvalidRequestException;
import org.pactum.server.support.NotFoundException;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.pactum.server.support.RuleViolationException;
import org.pactum.server.support.UnprocessableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' side of the channel. A grievance officer acts for one party and sees only the
 * complaints that party handles; the triage party's officers also see every complaint whose
 * deadline has passed. A complaint another party handles does not exist for them (404, not 403).
 * Nobody else, administrators included, reads a complaint. Every read, list and step is audited.
 */
@Service
public class GrievanceInbox {

    private final GrievanceRepository repository;
    private final Keyring keyring;
    private final CurrentMember currentMember;
    private final PartyDirectory parties;
    private final AuditTrail audit;
    private final GrievanceSettings settings;

    GrievanceInbox(GrievanceRepository repository, Keyring keyring, CurrentMember currentMember, PartyDirectory parties, AuditTrail audit,
            GrievanceSettings settings) {
        this.repository = repository;
        this.keyring = keyring;
        this.currentMember = currentMember;
        this.parties = parties;
        this.audit = audit;
        this.settings = settings;
    }

    /** The complaints the signed-in officer's party handles, the first deadline first. */
    @Transactional
    public PageSlice<InboxItem> inbox(Optional<String> status, PageRequest page) {
        Member officer = officer();
        Optional<String> filter = status.filter(s -> !s.isBlank()).map(s -> {
            try {
                return GrievanceStatus.valueOf(s).name();
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("status", "one of RECEIVED, UNDER_REVIEW, REFERRED, RESOLVED, REJECTED");
            }
        });
        String party = officer.partyId().orElseThrow();
        boolean triage = isTriage(officer);
        Instant now = Instant.now();
        List<InboxItem> items = repository.visibleTo(party, triage, filter, page.size(), page.offset()).stream()
                .map(r -> new InboxItem(r.id(), r.category(), r.place(), r.agreementId(), r.partyId(), r.status(), r.filedAt(), r.dueAt(),
                        r.escalatedAt().isPresent(), GrievanceLifecycle.overdue(GrievanceStatus.valueOf(r.status()), r.dueAt(), now)))
                .toList();
        long total = repository.countVisibleTo(party, triage, filter);
        audit.record("grievance.inbox", "party " + party, "listed " + items.size() + " complaint(s)"
                + (items.isEmpty() ? "" : ": " + String.join(", ", items.stream().map(i -> String.valueOf(i.id())).toList())));
        return new PageSlice<>(items, page.page(), page.size(), total);
    }

    /** Opens a complaint: the complainant's description and contact in clear, the notes and the steps. Audited. */
    @Transactional
    public Case open(long id) {
        Member officer = officer();
        GrievanceRow row = repository.find(id).filter(r -> visible(r, officer)).orElseThrow(() -> notFound(id));
        audit.record("grievance.read", "grievance " + id, "opened by an officer of " + officer.partyId().orElseThrow());
        return view(row);
    }

    /** Takes a step on a complaint; a step its status does not allow is refused (409) naming the rule. */
    @Transactional
    public GrievanceStatus act(long id, StepRequest request) {
        Member officer = officer();
        GrievanceRow row = repository.lock(id).filter(r -> visible(r, officer)).orElseThrow(() -> notFound(id));
        Transition transition = transition(request);
        GrievanceStatus from = GrievanceStatus.valueOf(row.status());
        GrievanceStatus to;
        try {
            to = GrievanceLifecycle.next(from, transition);
        } catch (IllegalStateException e) {
            throw new RuleViolationException("grievance-steps", "Complaint " + id + ": " + e.getMessage());
        }
        Instant now = Instant.now();
        Optional<Instant> closedAt = to.isClosed() ? Optional.of(now) : Optional.empty();
        Optional<String> referredTo = Optional.empty();
        Optional<String> unit = Optional.empty();
        Optional<String> response = Optional.empty();
        Optional<String> reason = Optional.empty();
        if (transition instanceof Transition.Refer refer) {
            if (parties.party(refer.party()).isEmpty()) {
                throw new UnprocessableException("party", "no party '" + refer.party() + "'");
            }
            referredTo = Optional.of(refer.party());
            unit = Optional.of(refer.unit());
        } else if (transition instanceof Transition.Resolve resolve) {
            response = Optional.of(resolve.response());
        } else if (transition instanceof Transition.Reject reject) {
            reason = Optional.of(reject.reason());
        }
        repository.updateStatus(id, to.name(), referredTo, unit, response, reason, closedAt);
        repository.insertStep(id, now, to.name(), officer.username());
        audit.record("grievance.step", "grievance " + id, from + " -> " + to
                + (transition instanceof Transition.Refer r ? ", referred to " + r.party() : ""));
        return to;
    }

    /** Adds an internal note, sealed like the description; never shown to the complainant. */
    @Transactional
    public void note(long id, String text) {
        Member officer = officer();
        repository.lock(id).filter(r -> visible(r, officer)).orElseThrow(() -> notFound(id));
        String body = GrievanceIntake.text("text", text, GrievanceIntake.MAX_DESCRIPTION);
        repository.insertNote(id, keyring.currentKeyId(), keyring.seal(body, noteContext(id)), Instant.now(), officer.username());
        audit.record("grievance.note", "grievance " + id, "internal note added");
    }

    /** Whether the signed-in member is a grievance officer. */
    public boolean isOfficer() {
        return currentMember.get().filter(m -> m.role() == Role.GRIEVANCE_OFFICER && m.partyId().isPresent()).isPresent();
    }

    static String noteContext(long grievanceId) {
        return "grievance-note/" + grievanceId;
    }

    private Case view(GrievanceRow row) {
        String description = opened(row.keyId(), row.descriptionSealed(), row.context("description"));
        Optional<String> contact = row.contactSealed().map(c -> opened(row.keyId(), c, row.context("contact")));
        List<OfficerStep> steps = repository.steps(row.id()).stream().map(s -> new OfficerStep(s.takenAt(), s.status(), s.takenBy())).toList();
        List<Note> notes = repository.notes(row.id()).stream()
                .map(n -> new Note(n.writtenAt(), n.writtenBy(), opened(n.keyId(), n.bodySealed(), noteContext(row.id())))).toList();
        return new Case(row.id(), row.category(), row.place(), row.agreementId(), row.namedParty(), row.partyId(), row.language(),
                description, contact, row.status(), row.referredUnit(), row.response(), row.reason(), row.filedAt(), row.dueAt(),
                row.escalatedAt(), row.closedAt(), GrievanceLifecycle.overdue(GrievanceStatus.valueOf(row.status()), row.dueAt(), Instant.now()),
                steps, notes);
    }

    /** The text in clear, or a plain statement that it cannot be opened (its key was removed, or it was altered). */
    private String opened(String keyId, String sealed, String context) {
        try {
            return keyring.open(keyId, sealed, context);
        } catch (IllegalStateException e) {
            return "[cannot be opened: " + e.getMessage() + "]";
        }
    }

    private static Transition transition(StepRequest request) {
        String step = request.step() == null ? "" : request.step().strip();
        try {
            return switch (step) {
                case "review" -> new Transition.StartReview();
                case "refer" -> new Transition.Refer(request.party(), request.unit());
                case "resolve" -> new Transition.Resolve(request.response());
                case "reject" -> new Transition.Reject(request.reason());
                default -> throw new UnprocessableException("step", "one of review, refer, resolve, reject");
            };
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(':');
            return failField(colon > 0 ? message.substring(0, colon) : "step", colon > 0 ? message.substring(colon + 1).strip() : message);
        }
    }

    private static Transition failField(String field, String detail) {
        throw new UnprocessableException(field, detail);
    }

    private Member officer() {
        return currentMember.get().filter(m -> m.role() == Role.GRIEVANCE_OFFICER && m.partyId().isPresent())
                .orElseThrow(() -> new AccessDeniedException("Only grievance officers read complaints"));
    }

    private boolean isTriage(Member officer) {
        return officer.partyId().filter(settings.triageParty()::equals).isPresent();
    }

    private boolean visible(GrievanceRow row, Member officer) {
        return officer.partyId().filter(row.partyId()::equals).isPresent() || (isTriage(officer) && row.escalatedAt().isPresent());
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("complaint", String.valueOf(id));
    }
}
