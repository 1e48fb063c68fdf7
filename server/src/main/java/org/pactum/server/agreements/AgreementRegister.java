package org.pactum.server.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pactum.server.agreements.internal.AgreementRepository;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.identity.CurrentMember;
import org.pactum.server.identity.Member;
import org.pactum.server.identity.PartyDirectory;
import org.pactum.server.reference.ReferenceCatalog;
import org.pactum.server.support.NotFoundException;
import org.pactum.server.support.RuleViolationException;
import org.pactum.server.support.UnprocessableException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of agreements: drafting, the named acts of their life, publication, and who may see
 * what. Drafts and unpublished agreements are visible to members of their parties (and
 * administrators) only; to anyone else they do not exist. Changes are made by analysts acting for
 * one of the parties, or administrators; each change is audited and its events published in the
 * same transaction.
 */
@Service
public class AgreementRegister {

    private final AgreementRepository agreements;
    private final SharedDictionary dictionary;
    private final PartyDirectory parties;
    private final ReferenceCatalog reference;
    private final CurrentMember currentMember;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    AgreementRegister(AgreementRepository agreements, SharedDictionary dictionary, PartyDirectory parties,
            ReferenceCatalog reference, CurrentMember currentMember, AuditTrail audit, ApplicationEventPublisher events) {
        this.agreements = agreements;
        this.dictionary = dictionary;
        this.parties = parties;
        this.reference = reference;
        this.currentMember = currentMember;
        this.audit = audit;
        this.events = events;
    }

    /** The agreement, if it exists and the current member (or the public) may see it. */
    @Transactional(readOnly = true)
    public Optional<Agreement> find(String id) {
        return agreements.find(id).filter(this::visible);
    }

    /** The agreement, or 404 when it does not exist or may not be seen. */
    @Transactional(readOnly = true)
    public Agreement require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("agreement", id));
    }

    /** Every agreement the current member may see that matches the filters. */
    @Transactional(readOnly = true)
    public List<Agreement> search(AgreementQuery query) {
        String text = query.text().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).orElse(null);
        return agreements.findAll().stream()
                .filter(this::visible)
                .filter(a -> query.party().filter(p -> !p.isBlank()).map(a::hasParty).orElse(true))
                .filter(a -> query.type().filter(t -> !t.isBlank()).map(t -> t.equals(a.terms().typeCode())).orElse(true))
                .filter(a -> query.status().map(s -> s == a.status()).orElse(true))
                .filter(a -> query.region().filter(r -> !r.isBlank()).map(r -> inRegion(a, r)).orElse(true))
                .filter(a -> text == null || a.id().toLowerCase(Locale.ROOT).contains(text)
                        || a.terms().title().toLowerCase(Locale.ROOT).contains(text)
                        || a.terms().summary().toLowerCase(Locale.ROOT).contains(text))
                .toList();
    }

    /** Every agreement whose calendar and triggers are watched, whoever is asking (for the review job). */
    @Transactional(readOnly = true)
    public List<Agreement> operative() {
        return agreements.findAll().stream().filter(a -> a.status().operative()).toList();
    }

    /** Loads an agreement without regard to visibility, for system work such as the review job. */
    @Transactional(readOnly = true)
    public Optional<Agreement> load(String id) {
        return agreements.find(id);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(String id) {
        require(id);
        return agreements.history(id);
    }

    /** Whether the current member may change this agreement: an analyst of one of its parties, or an administrator. */
    public boolean mayChange(Agreement agreement) {
        return currentMember.get().map(m -> m.isAdmin() || agreement.terms().partyIds().stream().anyMatch(m::mayActFor))
                .orElse(false);
    }

    /** Drafts a new agreement; the drafter must act for one of its parties. */
    @Transactional
    public Agreement draft(String id, AgreementTerms terms) {
        Member member = member();
        check(terms);
        if (!member.isAdmin() && terms.partyIds().stream().noneMatch(member::mayActFor)) {
            throw new AccessDeniedException(member.username() + " may draft only agreements to which their party is a party");
        }
        if (agreements.exists(id)) {
            throw new RuleViolationException("agreement-ids-are-unique", "An agreement with id " + id + " exists already");
        }
        Agreement agreement = Agreement.draft(id, terms);
        agreements.insert(agreement);
        agreements.addHistory(id, member.username(), "draft", Optional.empty(), AgreementStatus.DRAFT, Optional.empty(), "");
        audit.record("agreement.draft", "agreement " + id, terms.title());
        return agreement;
    }

    /** Revises a draft's terms. */
    @Transactional
    public Agreement revise(String id, AgreementTerms terms) {
        check(terms);
        Agreement agreement = forChange(id);
        agreement.revise(terms);
        if (!mayChange(agreement)) {
            throw new AccessDeniedException("The revised draft must keep a party the member acts for");
        }
        save(agreement, "revise", "terms revised");
        return agreement;
    }

    /** Applies a named act of the agreement's life. */
    @Transactional
    public Agreement act(String id, LifecycleAction action) {
        Agreement agreement = forChange(id);
        agreement.apply(action);
        save(agreement, action.name(), "");
        return agreement;
    }

    @Transactional
    public Agreement publish(String id) {
        Agreement agreement = forChange(id);
        agreement.publish();
        save(agreement, "publish", "put on the public register");
        return agreement;
    }

    /**
     * Opens a renegotiation because a trigger clause was breached. Called by the monitoring module
     * on its own authority: the parties agreed to this consequence when they signed.
     */
    @Transactional
    public Agreement openRenegotiation(String id, String clauseKey, LocalDate on, String reason) {
        Agreement agreement = agreements.findForUpdate(id).orElseThrow(() -> new NotFoundException("agreement", id));
        agreement.openRenegotiation(clauseKey, on, reason);
        save(agreement, "open-renegotiation", reason);
        return agreement;
    }

    /**
     * Suspends an agreement because a suspension rule was breached, on the monitoring module's
     * authority.
     */
    @Transactional
    public Agreement suspendByRule(String id, LocalDate on, String reason) {
        Agreement agreement = agreements.findForUpdate(id).orElseThrow(() -> new NotFoundException("agreement", id));
        agreement.suspend(on, reason);
        save(agreement, "suspend", reason);
        return agreement;
    }

    private Agreement forChange(String id) {
        Member member = member();
        Agreement agreement = agreements.findForUpdate(id).orElseThrow(() -> new NotFoundException("agreement", id));
        if (!mayChange(agreement)) {
            throw new AccessDeniedException(member.username() + " may not change agreement " + id
                    + ": it belongs to its parties " + agreement.terms().partyIds());
        }
        return agreement;
    }

    private void save(Agreement agreement, String action, String detail) {
        AgreementStatus before = agreements.find(agreement.id()).map(Agreement::status).orElse(agreement.status());
        agreements.update(agreement);
        String actor = audit.currentActor();
        List<AgreementEvent> raised = agreement.takeEvents();
        Optional<LocalDate> effective = raised.stream().filter(e -> e instanceof AgreementEvent.AgreementTransitioned)
                .map(e -> ((AgreementEvent.AgreementTransitioned) e).effectiveOn()).findFirst();
        agreements.addHistory(agreement.id(), actor, action, Optional.of(before), agreement.status(), effective, detail);
        audit.record("agreement." + action, "agreement " + agreement.id(), detail.isEmpty() ? agreement.status().name() : detail);
        raised.forEach(events::publishEvent);
    }

    private void check(AgreementTerms terms) {
        dictionary.requireCode("agreement-type", terms.typeCode(), "type");
        for (AgreementParty party : terms.parties()) {
            if (parties.party(party.partyId()).isEmpty()) {
                throw new UnprocessableException("parties", "No party '" + party.partyId() + "'");
            }
            dictionary.requireCode("party-role", party.role(), "parties.role");
        }
        for (Commitment c : terms.commitments()) {
            dictionary.requireCode("commitment-type", c.typeCode(), "commitments.type");
            String unit = dictionary.entry("commitment-type", c.typeCode()).flatMap(DictionaryEntry::unit).orElse("");
            if (!unit.equals(c.unit())) {
                throw new UnprocessableException("commitments.unit", "Commitment " + c.key() + " is in '" + c.unit()
                        + "' but the dictionary measures " + c.typeCode() + " in '" + unit + "'");
            }
            c.beneficiaryCode().ifPresent(b -> dictionary.requireCode("beneficiary-category", b, "commitments.beneficiary"));
            c.indicatorCodes().forEach(i -> dictionary.requireCode("indicator", i, "commitments.indicators"));
        }
        for (Clause c : terms.clauses()) {
            c.indicatorCode().ifPresent(i -> dictionary.requireCode("indicator", i, "clauses.indicator"));
        }
    }

    private boolean visible(Agreement agreement) {
        if (agreement.published()) {
            return true;
        }
        return currentMember.get().map(m -> m.isAdmin() || m.partyId().map(agreement::hasParty).orElse(false))
                .orElse(false);
    }

    private boolean inRegion(Agreement agreement, String region) {
        return agreement.terms().partyIds().stream()
                .flatMap(p -> parties.party(p).flatMap(party -> party.countryIso3()).stream())
                .flatMap(iso3 -> reference.country(iso3).stream())
                .anyMatch(c -> region.equals(c.region()));
    }

    private Member member() {
        return currentMember.get().orElseThrow(() -> new AccessDeniedException("Sign in to change agreements"));
    }
}
