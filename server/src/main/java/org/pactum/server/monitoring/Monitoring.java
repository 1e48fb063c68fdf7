package org.pactum.server.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pactum.core.compliance.ComplianceRules;
import org.pactum.core.compliance.Direction;
import org.pactum.core.compliance.Thresholds;
import org.pactum.core.compliance.Verification;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.agreements.AgreementStatus;
import org.pactum.server.agreements.DictionaryEntry;
import org.pactum.server.agreements.SharedDictionary;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.identity.CurrentMember;
import org.pactum.server.identity.Member;
import org.pactum.server.identity.Role;
import org.pactum.server.monitoring.internal.MonitoringRepository;
import org.pactum.server.monitoring.internal.ReportPublications;
import org.pactum.server.reference.Period;
import org.pactum.server.support.NotFoundException;
import org.pactum.server.support.RuleViolationException;
import org.pactum.server.support.UnprocessableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators, reports, verification and compliance of agreements. Who may do what: the parties'
 * analysts set up indicators and targets; the responsible party reports (its analysts, or an
 * evaluator for its own survey figures); a verifier, who never verifies a report of its own,
 * verifies or disputes. Where the agreement names parties in the role {@code verifier}, only
 * their verifiers may. Everyone who may see the agreement sees its figures.
 */
@Service
public class Monitoring {

    private static final java.util.Set<AgreementStatus> REPORTABLE = java.util.EnumSet.of(AgreementStatus.SIGNED,
            AgreementStatus.IN_FORCE, AgreementStatus.UNDER_REVIEW, AgreementStatus.SUSPENDED, AgreementStatus.TERMINATED,
            AgreementStatus.EXPIRED);

    private final MonitoringRepository repository;
    private final AgreementRegister register;
    private final SharedDictionary dictionary;
    private final CurrentMember currentMember;
    private final AuditTrail audit;
    private final ReportPublications publications;

    Monitoring(MonitoringRepository repository, AgreementRegister register, SharedDictionary dictionary,
            CurrentMember currentMember, AuditTrail audit, ReportPublications publications) {
        this.repository = repository;
        this.register = register;
        this.dictionary = dictionary;
        this.currentMember = currentMember;
        this.audit = audit;
        this.publications = publications;
    }

    /** Sets up (or replaces) an indicator of an agreement with its baseline, targets and thresholds. */
    @Transactional
    public MonitoredIndicator setUp(String agreementId, IndicatorSetup setup) {
        Agreement agreement = register.require(agreementId);
        if (!register.mayChange(agreement)) {
            throw new AccessDeniedException("Only the parties' analysts set up the indicators of agreement " + agreementId);
        }
        if (!agreement.hasParty(setup.partyId())) {
            throw new UnprocessableException("party", setup.partyId() + " is not a party to agreement " + agreementId);
        }
        DictionaryEntry definition = dictionary.indicator(setup.indicatorCode());
        Direction direction = definition.direction().orElseThrow();
        Thresholds thresholds;
        try {
            thresholds = new Thresholds(setup.onTrack() == null ? Thresholds.DEFAULT.onTrack() : setup.onTrack(),
                    setup.offTrack() == null ? Thresholds.DEFAULT.offTrack() : setup.offTrack());
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException("thresholds", e.getMessage());
        }
        period("baselinePeriod", setup.baselinePeriod());
        long id = repository.saveIndicator(agreementId, setup.indicatorCode(), setup.partyId(), definition.unit().orElseThrow(),
                direction, setup.baseline(), setup.baselinePeriod(), thresholds);
        for (Map.Entry<String, BigDecimal> target : setup.targets().entrySet()) {
            Period period = period("targets", target.getKey());
            requireWithin(agreement, period, "targets");
            try {
                ComplianceRules.assess(setup.baseline().doubleValue(), target.getValue().doubleValue(), direction,
                        Optional.empty(), thresholds);
            } catch (IllegalArgumentException e) {
                throw new UnprocessableException("targets", "Target for " + period.code() + ": " + e.getMessage());
            }
            repository.saveTarget(id, period.code(), period.start(), target.getValue());
        }
        audit.record("monitoring.indicator.setup", "agreement " + agreementId,
                setup.indicatorCode() + " for " + setup.partyId() + ", " + setup.targets().size() + " targets");
        return repository.indicator(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<MonitoredIndicator> indicators(String agreementId) {
        register.require(agreementId);
        return repository.indicators(agreementId);
    }

    @Transactional(readOnly = true)
    public MonitoredIndicator indicator(String agreementId, long indicatorId) {
        register.require(agreementId);
        return repository.indicator(indicatorId).filter(i -> i.agreementId().equals(agreementId))
                .orElseThrow(() -> new NotFoundException("indicator", String.valueOf(indicatorId)));
    }

    /** Records a figure for a period: the first version, or a correction as the next version. */
    @Transactional
    public Report report(String agreementId, long indicatorId, ReportRequest request) {
        Agreement agreement = register.require(agreementId);
        MonitoredIndicator indicator = indicator(agreementId, indicatorId);
        Member member = member();
        boolean mayReport = member.mayActFor(indicator.partyId())
                || (member.role() == Role.VERIFIER && member.partyId().filter(indicator.partyId()::equals).isPresent());
        if (!mayReport) {
            throw new AccessDeniedException(member.username() + " may not report for " + indicator.partyId());
        }
        if (!REPORTABLE.contains(agreement.status())) {
            throw new RuleViolationException("reports-follow-signature",
                    "Agreement " + agreementId + " is " + agreement.status() + "; figures are reported once it is signed");
        }
        Period period = period("period", request.period());
        requireWithin(agreement, period, "period");
        if (!indicator.unit().equals(request.unit())) {
            throw new UnprocessableException("unit", "Indicator " + indicator.indicatorCode() + " is measured in '"
                    + indicator.unit() + "', not '" + request.unit() + "'");
        }
        long id = repository.addReport(indicatorId, period.code(), period.start(), request.value(), request.unit(),
                request.source().strip(), request.documents(), request.note(), indicator.partyId(), member.username());
        Report report = repository.report(id).orElseThrow();
        audit.record("monitoring.report", "agreement " + agreementId, indicator.indicatorCode() + " " + period.code()
                + " version " + report.version() + ": " + request.value().toPlainString() + " " + request.unit());
        // published in this transaction, not through an event: the register's row commits or rolls back with the report
        publications.reported(agreement, report);
        return report;
    }

    /** A verifier confirms or disputes the current version of a report. */
    @Transactional
    public Report verify(String agreementId, long reportId, Verification state, String reason) {
        Agreement agreement = register.require(agreementId);
        Report report = repository.report(reportId).orElseThrow(() -> new NotFoundException("report", String.valueOf(reportId)));
        indicator(agreementId, report.indicatorId());
        Member member = member();
        if (member.role() != Role.VERIFIER) {
            throw new AccessDeniedException("Only independent verifiers verify reported figures");
        }
        java.util.Set<String> verifiers = new java.util.HashSet<>();
        agreement.terms().parties().stream().filter(p -> p.role().equals("verifier")).forEach(p -> verifiers.add(p.partyId()));
        if (!verifiers.isEmpty() && member.partyId().filter(verifiers::contains).isEmpty()) {
            throw new AccessDeniedException("Agreement " + agreementId + " names its verifiers " + verifiers
                    + "; " + member.username() + " is not one of them");
        }
        if (report.reportedBy().equals(member.username())
                || member.partyId().filter(report.reportingParty()::equals).isPresent()) {
            throw new AccessDeniedException("A verifier does not verify a report of its own (" + report.reportingParty() + ")");
        }
        if (state == Verification.PENDING) {
            throw new UnprocessableException("state", "A verification is VERIFIED or DISPUTED");
        }
        String why = reason == null ? "" : reason.strip();
        if (state == Verification.DISPUTED && why.isEmpty()) {
            throw new UnprocessableException("reason", "A dispute gives its reason");
        }
        boolean current = repository.currentReports(report.indicatorId()).stream().anyMatch(r -> r.id() == reportId);
        if (!current) {
            throw new RuleViolationException("only-the-current-version-is-verified",
                    "Report " + reportId + " was corrected since; verify its latest version");
        }
        repository.addVerification(reportId, state, why, member.username(), member.partyId());
        audit.record("monitoring.verify", "agreement " + agreementId, "report " + reportId + " " + state + " " + why);
        Report verified = repository.report(reportId).orElseThrow();
        publications.verified(agreement, verified);
        return verified;
    }

    /** Every version of every report of an indicator (the history). */
    @Transactional(readOnly = true)
    public List<Report> reports(String agreementId, long indicatorId) {
        indicator(agreementId, indicatorId);
        return repository.reports(indicatorId);
    }

    /** Reports awaiting a verifier's decision on agreements the member may see. */
    @Transactional(readOnly = true)
    public List<Report> pendingVerification() {
        return repository.pending();
    }

    /** Which agreement a report belongs to. */
    @Transactional(readOnly = true)
    public Optional<String> agreementOfReport(long reportId) {
        return repository.report(reportId).flatMap(r -> repository.indicator(r.indicatorId())).map(MonitoredIndicator::agreementId);
    }

    /** Verified figures of an indicator code for one party, for the triggers. */
    @Transactional(readOnly = true)
    public List<Report> currentReports(String agreementId, String indicatorCode, String partyId) {
        return repository.indicators(agreementId).stream()
                .filter(i -> i.indicatorCode().equals(indicatorCode) && i.partyId().equals(partyId))
                .flatMap(i -> repository.currentReports(i.id()).stream()).toList();
    }

    private static Period period(String field, String code) {
        return Period.parse(code).orElseThrow(() -> new UnprocessableException(field,
                "'" + code + "' is not a period (YYYY, YYYY-Qn or YYYY-MM)"));
    }

    private static void requireWithin(Agreement agreement, Period period, String field) {
        if (!agreement.covers(period.start(), period.endExclusive())) {
            throw new UnprocessableException(field, "Period " + period.code() + " lies outside the agreement's period "
                    + agreement.terms().startsOn() + " to " + agreement.terms().endsOn());
        }
    }

    private Member member() {
        return currentMember.get().orElseThrow(() -> new AccessDeniedException("Sign in to report or verify"));
    }

    static LocalDate today() {
        return LocalDate.now(java.time.ZoneOffset.UTC);
    }
}
