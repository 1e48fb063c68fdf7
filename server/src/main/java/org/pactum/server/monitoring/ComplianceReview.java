package org.pactum.server.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pactum.core.compliance.Actual;
import org.pactum.core.compliance.Assessment;
import org.pactum.core.compliance.ComplianceRules;
import org.pactum.core.compliance.ComplianceStatus;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.monitoring.internal.MonitoringRepository;
import org.pactum.server.reference.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an agreement's promises are kept: every target period of every indicator judged by the
 * compliance rules of the core on the current version of its report, each indicator's light
 * today, and the light of the whole agreement. Anyone who may see the agreement may see this.
 */
@Service
public class ComplianceReview {

    private final MonitoringRepository repository;
    private final AgreementRegister register;

    ComplianceReview(MonitoringRepository repository, AgreementRegister register) {
        this.repository = repository;
        this.register = register;
    }

    /** The compliance of every target period of every indicator of the agreement. */
    @Transactional(readOnly = true)
    public List<PeriodCompliance> compliance(String agreementId) {
        register.require(agreementId);
        List<PeriodCompliance> result = new ArrayList<>();
        for (MonitoredIndicator indicator : repository.indicators(agreementId)) {
            result.addAll(assess(indicator));
        }
        return result;
    }

    /**
     * The light of each indicator today: the assessment of its latest target period that has a
     * report; with no report at all, not verifiable.
     */
    @Transactional(readOnly = true)
    public Map<Long, ComplianceStatus> currentLights(String agreementId) {
        Map<Long, List<PeriodCompliance>> byIndicator = compliance(agreementId).stream()
                .collect(Collectors.groupingBy(PeriodCompliance::indicatorId, java.util.LinkedHashMap::new, Collectors.toList()));
        Map<Long, ComplianceStatus> lights = new java.util.LinkedHashMap<>();
        for (MonitoredIndicator indicator : repository.indicators(agreementId)) {
            ComplianceStatus light = byIndicator.getOrDefault(indicator.id(), List.of()).stream()
                    .filter(c -> c.actual().isPresent()).reduce((a, b) -> b).map(PeriodCompliance::status)
                    .orElse(ComplianceStatus.NOT_VERIFIABLE);
            lights.put(indicator.id(), light);
        }
        return lights;
    }

    /** The light of the whole agreement: the worst of its indicators' current lights. */
    @Transactional(readOnly = true)
    public ComplianceStatus overall(String agreementId) {
        return ComplianceRules.overall(currentLights(agreementId).values());
    }

    private List<PeriodCompliance> assess(MonitoredIndicator indicator) {
        Map<String, Report> current = repository.currentReports(indicator.id()).stream()
                .collect(Collectors.toMap(Report::period, Function.identity(), (a, b) -> b));
        List<PeriodCompliance> result = new ArrayList<>();
        for (MonitoredIndicator.Target target : indicator.targets()) {
            Optional<Report> report = Optional.ofNullable(current.get(target.period()));
            Assessment assessment = ComplianceRules.assess(indicator.baseline().doubleValue(), target.value().doubleValue(),
                    indicator.direction(), report.map(r -> new Actual(r.value().doubleValue(), r.verification())),
                    indicator.thresholds());
            result.add(new PeriodCompliance(indicator.id(), indicator.indicatorCode(), indicator.partyId(), target.period(),
                    target.value(), report.map(Report::value), report.map(Report::verification), assessment.status(),
                    assessment.attainment()));
        }
        result.sort(Comparator.comparing(PeriodCompliance::period, Comparator.comparing(p -> Period.of(p).start())));
        return result;
    }
}
