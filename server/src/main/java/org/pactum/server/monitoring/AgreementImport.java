package org.pactum.server.monitoring;

import java.util.List;
import java.util.Optional;
import org.pactum.core.compliance.Verification;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementParty;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.agreements.LifecycleAction;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.identity.CurrentMember;
import org.pactum.server.identity.Member;
import org.pactum.server.identity.PartyDirectory;
import org.pactum.server.monitoring.internal.MonitoringRepository;
import org.pactum.server.monitoring.internal.ReportPublications;
import org.pactum.server.support.UnprocessableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a whole agreement from one document in one transaction: the draft, its indicators and
 * reports, the acts of its life replayed through the same rules as by hand, and publication. If
 * any part is refused, nothing is stored.
 */
@Service
public class AgreementImport {

    private final AgreementRegister register;
    private final Monitoring monitoring;
    private final MonitoringRepository repository;
    private final CurrentMember currentMember;
    private final AuditTrail audit;
    private final ReportPublications publications;
    private final PartyDirectory parties;

    AgreementImport(AgreementRegister register, Monitoring monitoring, MonitoringRepository repository,
            CurrentMember currentMember, AuditTrail audit, ReportPublications publications, PartyDirectory parties) {
        this.parties = parties;
        this.register = register;
        this.monitoring = monitoring;
        this.repository = repository;
        this.currentMember = currentMember;
        this.audit = audit;
        this.publications = publications;
    }

    @Transactional
    public Agreement importDocument(AgreementDocument document) {
        Member member = currentMember.get().orElseThrow(() -> new AccessDeniedException("Sign in to import agreements"));
        if (document.id() == null) {
            throw new UnprocessableException("id", "The document has no agreement id");
        }
        String id = document.id();
        try {
            register.draft(id, document.draft().terms());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnprocessableException("terms", e.getMessage());
        }
        int acts = 0;
        for (AgreementDocument.ActDoc act : document.lifecycle()) {
            if (act.action().equals("publish")) {
                register.publish(id);
                continue;
            }
            try {
                LifecycleAction action = LifecycleAction.of(act.action(), act.on(), act.reason());
                register.act(id, action);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new UnprocessableException("lifecycle[" + acts + "]", String.valueOf(e.getMessage()));
            }
            acts++;
        }
        int indicatorIndex = 0;
        for (AgreementDocument.IndicatorDoc doc : document.indicators()) {
            MonitoredIndicator indicator;
            try {
                indicator = monitoring.setUp(id, new IndicatorSetup(doc.indicator(), doc.party(), doc.baseline(),
                        doc.baselinePeriod(), doc.onTrack(), doc.offTrack(), doc.targets()));
            } catch (NullPointerException e) {
                throw new UnprocessableException("indicators", "Indicator " + doc.indicator() + ": " + e.getMessage() + " missing");
            }
            int reportIndex = 0;
            for (AgreementDocument.ReportDoc r : doc.reports() == null ? java.util.List.<AgreementDocument.ReportDoc>of() : doc.reports()) {
                String field = "indicators[" + indicatorIndex + "].reports[" + reportIndex++ + "]";
                long reportId = importReport(id, indicator, r);
                if (r.verification() != null) {
                    if (!member.isAdmin()) {
                        throw new UnprocessableException("verification",
                                "Verifications are made by verifiers; only an administrator imports decisions already taken");
                    }
                    repository.addVerification(reportId, verification(r, field),
                            r.reason() == null ? "" : r.reason(), r.verifier() == null ? "verifier" : r.verifier(),
                            Optional.of(verifyingParty(register.load(id).orElseThrow(), r, field)));
                    // public at once if the document published the agreement before its reports
                    publications.verified(register.load(id).orElseThrow(), repository.report(reportId).orElseThrow());
                }
            }
            indicatorIndex++;
        }
        if (document.publish()) {
            register.publish(id);
        }
        audit.record("agreement.import", "agreement " + id, document.title());
        return register.load(id).orElseThrow();
    }

    private static Verification verification(AgreementDocument.ReportDoc r, String field) {
        try {
            return Verification.valueOf(r.verification());
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException(field + ".verification", "'" + r.verification()
                    + "' is not a verification state (VERIFIED or DISPUTED)");
        }
    }

    /**
     * The party the file names as verifier (any known party: an independent evaluator need not be a
     * party of the agreement), or else the agreement's only party in the verifier's role.
     */
    private String verifyingParty(Agreement agreement, AgreementDocument.ReportDoc r, String field) {
        if (r.verifierParty() != null && !r.verifierParty().isBlank()) {
            if (parties.party(r.verifierParty()).isEmpty()) {
                throw new UnprocessableException(field + ".verifierParty", "'" + r.verifierParty() + "' is not a known party");
            }
            return r.verifierParty();
        }
        List<String> verifiers = agreement.terms().parties().stream().filter(p -> p.role().equals("verifier"))
                .map(AgreementParty::partyId).toList();
        if (verifiers.size() != 1) {
            throw new UnprocessableException(field + ".verifierParty", "name the verifying party: agreement "
                    + agreement.id() + " has " + (verifiers.isEmpty() ? "no party" : verifiers.size() + " parties")
                    + " in the role of verifier");
        }
        return verifiers.get(0);
    }

    private long importReport(String agreementId, MonitoredIndicator indicator, AgreementDocument.ReportDoc r) {
        try {
            ReportRequest request = new ReportRequest(r.period(), r.value(), r.unit() == null ? indicator.unit() : r.unit(),
                    r.source(), r.documents(), r.note());
            return monitoring.report(agreementId, indicator.id(), request).id();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnprocessableException("reports", "Report " + r.period() + ": " + e.getMessage());
        }
    }
}
