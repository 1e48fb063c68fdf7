package org.pactum.server.monitoring.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementEvent;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.monitoring.MonitoredIndicator;
import org.pactum.server.monitoring.Report;
import org.pactum.server.register.PublicRegister;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts the figures reported under a published agreement on the public register, and every
 * verifier's decision on them, so that a party can later be held to what it reported and the
 * public can see which figures an independent verifier confirmed or disputed. Figures of an
 * agreement that is not published stay among its parties: they are published, each once, when the
 * agreement is.
 *
 * <p>A report or decision on a published agreement is published in the transaction that records
 * it: the register's pending row commits or rolls back with the report itself, so no event is
 * needed to make it safe. Publishing an agreement reaches this module as an event through the
 * event publication registry, which delivers it again after a crash; the record's subject in the
 * register tells whether its facts are already there.
 */
@Component
public class ReportPublications {

    static final String REPORT = "indicator-report";
    static final String VERIFICATION = "report-verification";

    private final MonitoringRepository repository;
    private final PublicRegister register;

    private final AgreementRegister agreements;

    ReportPublications(MonitoringRepository repository, PublicRegister register, AgreementRegister agreements) {
        this.repository = repository;
        this.register = register;
        this.agreements = agreements;
    }

    /** A figure just recorded: public at once if its agreement is published, otherwise when it is. */
    public void reported(Agreement agreement, Report report) {
        if (publishedUnderLock(agreement, report)) {
            publishReport(agreement.id(), indicatorCode(report), report);
        }
    }

    /**
     * Whether the agreement is published, read again under the lock of the report's indicator, which
     * the listener on the agreement's publication takes too: either that listener already ran and the
     * publication is seen here, or it waits for this transaction and then sees this report. Without
     * the lock a report committed just as the agreement is published would be published by neither.
     */
    private boolean publishedUnderLock(Agreement agreement, Report report) {
        repository.lockIndicator(report.indicatorId());
        return agreement.published() || agreements.find(agreement.id()).map(Agreement::published).orElse(false);
    }

    /** A verifier's decision just recorded on a report: public at once if the report's agreement is published. */
    public void verified(Agreement agreement, Report report) {
        if (!publishedUnderLock(agreement, report)) {
            return;
        }
        repository.lockReport(report.id());
        if (register.alreadyPublished(List.of(report.registerSubject())).isEmpty()) {
            // reported before the agreement was published, and the agreement's publication has not reached it yet
            publishWithDecisions(agreement.id(), indicatorCode(report), report);
        } else {
            List<VerifierDecision> decisions = repository.decisions(report.id());
            publishDecision(agreement.id(), decisions.get(decisions.size() - 1));
        }
    }

    /** An agreement made public: every figure reported before, with every decision on it, unless already published. */
    @ApplicationModuleListener
    void on(AgreementEvent.AgreementPublished published) {
        String agreementId = published.agreementId();
        Map<Long, String> indicatorCodes = repository.indicators(agreementId).stream()
                .collect(Collectors.toMap(MonitoredIndicator::id, MonitoredIndicator::indicatorCode));
        // the locks make checking and publishing one step, should the event be delivered twice at once, and
        // make a report being recorded right now either wait for this or be waited for (see publishedUnderLock)
        repository.lockIndicatorsOf(agreementId);
        repository.lockReportsOf(agreementId);
        List<Report> reports = repository.reportsOfAgreement(agreementId);
        Set<String> alreadyThere = register.alreadyPublished(reports.stream().map(Report::registerSubject).toList());
        for (Report report : reports) {
            if (!alreadyThere.contains(report.registerSubject())) {
                publishWithDecisions(agreementId, indicatorCodes.get(report.indicatorId()), report);
            }
        }
    }

    private void publishWithDecisions(String agreementId, String indicatorCode, Report report) {
        publishReport(agreementId, indicatorCode, report);
        repository.decisions(report.id()).forEach(decision -> publishDecision(agreementId, decision));
    }

    private void publishReport(String agreementId, String indicatorCode, Report report) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("report", report.id());
        payload.put("agreement", agreementId);
        payload.put("indicator", indicatorCode);
        payload.put("party", report.reportingParty());
        payload.put("period", report.period());
        payload.put("version", report.version());
        payload.put("value", report.value().toPlainString());
        payload.put("unit", report.unit());
        payload.put("source", report.source());
        payload.put("reportedBy", report.reportedBy());
        payload.put("reportedAt", report.reportedAt().toString());
        register.publish(REPORT, report.registerSubject(), payload);
    }

    private void publishDecision(String agreementId, VerifierDecision decision) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("report", decision.reportId());
        payload.put("agreement", agreementId);
        payload.put("outcome", decision.outcome().name());
        payload.put("reason", decision.reason());
        payload.put("verifier", decision.verifier());
        payload.put("verifierParty", decision.verifierParty().orElse(null));
        payload.put("decidedAt", decision.decidedAt().toString());
        register.publish(VERIFICATION, Report.registerSubject(decision.reportId()), payload);
    }

    private String indicatorCode(Report report) {
        return repository.indicator(report.indicatorId()).map(MonitoredIndicator::indicatorCode).orElseThrow();
    }
}
