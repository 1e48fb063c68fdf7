package org.pactum.server.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pactum.server.agreements.AgreementEvent.AgreementPublished;
import org.pactum.server.agreements.AgreementEvent.AgreementTransitioned;
import org.pactum.server.agreements.AgreementEvent.RenegotiationOpened;
import org.pactum.server.support.RuleViolationException;

/**
 * A migration agreement and its life. It is drafted by its parties ({@link #draft}) and revised
 * while in draft; the negotiation is concluded, the agreement is signed and later enters into
 * force (never before its signature). While in force it may be put under review (a mid-term
 * review, or a renegotiation opened by a breached trigger), suspended and resumed; it ends by
 * termination or, at its sunset, by expiry. Publication is a separate act that puts the agreement
 * on the public register and needs at least one commitment; until then only its parties see it.
 *
 * <p>Each act is a method named for it that checks its rule and, if the rule holds, changes the
 * agreement and records an {@link AgreementEvent}; if not, it throws a
 * {@link RuleViolationException} naming the rule and nothing changes.
 */
public final class Agreement {

    private final String id;
    private AgreementTerms terms;
    private AgreementStatus status;
    private boolean published;
    private Optional<LocalDate> signedOn;
    private Optional<LocalDate> inForceOn;
    private String statusReason;
    private final int version;
    private final List<AgreementEvent> events = new ArrayList<>();

    private Agreement(String id, AgreementTerms terms, AgreementStatus status, boolean published,
            Optional<LocalDate> signedOn, Optional<LocalDate> inForceOn, String statusReason, int version) {
        if (id == null || !id.matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
            throw new IllegalArgumentException("An agreement id is 2 to 40 capital letters, digits or '-': " + id);
        }
        this.id = id;
        this.terms = Objects.requireNonNull(terms, "terms");
        this.status = Objects.requireNonNull(status, "status");
        this.published = published;
        this.signedOn = signedOn;
        this.inForceOn = inForceOn;
        this.statusReason = statusReason == null ? "" : statusReason;
        this.version = version;
    }

    /** A new draft among its parties. */
    public static Agreement draft(String id, AgreementTerms terms) {
        return new Agreement(id, terms, AgreementStatus.DRAFT, false, Optional.empty(), Optional.empty(), "", 0);
    }

    /** An agreement as it was stored; no rule is checked and no event raised. */
    public static Agreement restore(String id, AgreementTerms terms, AgreementStatus status, boolean published,
            Optional<LocalDate> signedOn, Optional<LocalDate> inForceOn, String statusReason, int version) {
        return new Agreement(id, terms, status, published, signedOn, inForceOn, statusReason, version);
    }

    /** Replaces the terms of a draft. Only drafts are revised: later changes are amendments. */
    public void revise(AgreementTerms revised) {
        require(status == AgreementStatus.DRAFT, "only-drafts-are-revised",
                "Agreement " + id + " is " + status + "; only a draft can be revised");
        this.terms = Objects.requireNonNull(revised, "terms");
    }

    /** Applies a named act (Java 17: a chain over the sealed set, every act handled). */
    public void apply(LifecycleAction action) {
        if (action instanceof LifecycleAction.ConcludeNegotiation a) {
            concludeNegotiation(a.on());
        } else if (action instanceof LifecycleAction.Sign a) {
            sign(a.on());
        } else if (action instanceof LifecycleAction.EnterIntoForce a) {
            enterIntoForce(a.on());
        } else if (action instanceof LifecycleAction.OpenReview a) {
            openReview(a.on(), a.reason());
        } else if (action instanceof LifecycleAction.ConcludeReview a) {
            concludeReview(a.on());
        } else if (action instanceof LifecycleAction.Suspend a) {
            suspend(a.on(), a.reason());
        } else if (action instanceof LifecycleAction.Resume a) {
            resume(a.on());
        } else if (action instanceof LifecycleAction.Terminate a) {
            terminate(a.on(), a.reason());
        } else if (action instanceof LifecycleAction.Expire a) {
            expire(a.on());
        } else {
            throw new IllegalArgumentException("Unknown act " + action);
        }
    }

    public void concludeNegotiation(LocalDate on) {
        require(status == AgreementStatus.DRAFT, "negotiation-concludes-a-draft",
                "Only a draft can be concluded; agreement " + id + " is " + status);
        require(terms.partyIds().size() >= 2, "negotiation-needs-two-parties",
                "An agreement is negotiated between at least two parties");
        move("conclude-negotiation", AgreementStatus.NEGOTIATED, on, "");
    }

    public void sign(LocalDate on) {
        require(status == AgreementStatus.NEGOTIATED, "signature-follows-negotiation",
                "Only a negotiated agreement can be signed; agreement " + id + " is " + status);
        signedOn = Optional.of(on);
        move("sign", AgreementStatus.SIGNED, on, "");
    }

    public void enterIntoForce(LocalDate on) {
        require(status == AgreementStatus.SIGNED && signedOn.isPresent(), "no-entry-into-force-before-signature",
                "Agreement " + id + " is " + status + "; it must be signed before it enters into force");
        require(!on.isBefore(signedOn.get()), "no-entry-into-force-before-signature",
                "Entry into force on " + on + " would precede the signature on " + signedOn.get());
        inForceOn = Optional.of(on);
        move("enter-into-force", AgreementStatus.IN_FORCE, on, "");
    }

    public void openReview(LocalDate on, String reason) {
        require(status == AgreementStatus.IN_FORCE, "review-of-an-agreement-in-force",
                "Only an agreement in force can be put under review; agreement " + id + " is " + status);
        move("open-review", AgreementStatus.UNDER_REVIEW, on, reason);
    }

    /** Opens a renegotiation because a trigger clause was breached: a review with its reason on record. */
    public void openRenegotiation(String clauseKey, LocalDate on, String reason) {
        require(terms.clauses().stream().anyMatch(c -> c.key().equals(clauseKey) && c.kind() == ClauseKind.RENEGOTIATION_TRIGGER),
                "renegotiation-needs-a-trigger-clause", "Agreement " + id + " has no renegotiation clause " + clauseKey);
        openReview(on, reason);
        events.add(new RenegotiationOpened(id, clauseKey, reason, on));
    }

    public void concludeReview(LocalDate on) {
        require(status == AgreementStatus.UNDER_REVIEW, "review-must-be-open",
                "Agreement " + id + " is not under review");
        move("conclude-review", AgreementStatus.IN_FORCE, on, "");
    }

    public void suspend(LocalDate on, String reason) {
        require(status == AgreementStatus.IN_FORCE || status == AgreementStatus.UNDER_REVIEW,
                "suspension-of-an-agreement-in-force", "Only an agreement in force can be suspended; agreement " + id
                        + " is " + status);
        move("suspend", AgreementStatus.SUSPENDED, on, reason);
    }

    public void resume(LocalDate on) {
        require(status == AgreementStatus.SUSPENDED, "resumption-of-a-suspended-agreement",
                "Agreement " + id + " is not suspended");
        move("resume", AgreementStatus.IN_FORCE, on, "");
    }

    public void terminate(LocalDate on, String reason) {
        Set<AgreementStatus> from = EnumSet.of(AgreementStatus.SIGNED, AgreementStatus.IN_FORCE,
                AgreementStatus.UNDER_REVIEW, AgreementStatus.SUSPENDED);
        require(from.contains(status), "termination-of-a-signed-agreement",
                "Only a signed agreement can be terminated; agreement " + id + " is " + status);
        move("terminate", AgreementStatus.TERMINATED, on, reason);
    }

    public void expire(LocalDate on) {
        require(status.operative(), "expiry-of-an-operative-agreement",
                "Agreement " + id + " is " + status + " and cannot expire");
        require(!on.isBefore(terms.endsOn()), "expiry-only-at-sunset",
                "Agreement " + id + " runs until " + terms.endsOn() + "; it cannot expire on " + on);
        move("expire", AgreementStatus.EXPIRED, on, "");
    }

    /** Puts the agreement on the public register. */
    public void publish() {
        require(!published, "published-once", "Agreement " + id + " is already published");
        require(!terms.commitments().isEmpty(), "no-publication-without-a-commitment",
                "Agreement " + id + " has no commitment; an agreement is published with at least one");
        published = true;
        events.add(new AgreementPublished(id));
    }

    private void move(String action, AgreementStatus to, LocalDate on, String reason) {
        Objects.requireNonNull(on, "date");
        AgreementStatus from = status;
        status = to;
        statusReason = reason == null ? "" : reason;
        events.add(new AgreementTransitioned(id, action, from, to, on, statusReason, published));
    }

    private static void require(boolean condition, String rule, String detail) {
        if (!condition) {
            throw new RuleViolationException(rule, detail);
        }
    }

    /** Whether a member of this party takes part in the agreement. */
    public boolean hasParty(String partyId) {
        return terms.partyIds().contains(partyId);
    }

    public boolean covers(LocalDate start, LocalDate endExclusive) {
        return start.isBefore(terms.endsOn().plusDays(1)) && endExclusive.isAfter(terms.startsOn());
    }

    /** The events raised since the agreement was loaded; taken once. */
    public List<AgreementEvent> takeEvents() {
        List<AgreementEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public String id() { return id; }

    /** How the public register names this agreement: its published facts are found under this subject. */
    public String registerSubject() { return registerSubject(id); }

    /** How the public register names the agreement with this id. */
    public static String registerSubject(String agreementId) { return "agreement/" + agreementId; }
    public AgreementTerms terms() { return terms; }
    public AgreementStatus status() { return status; }
    public boolean published() { return published; }
    public Optional<LocalDate> signedOn() { return signedOn; }
    public Optional<LocalDate> inForceOn() { return inForceOn; }
    public String statusReason() { return statusReason; }
    public int version() { return version; }
}
