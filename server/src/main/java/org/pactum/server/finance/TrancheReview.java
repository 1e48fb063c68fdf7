package org.pactum.server.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pactum.core.finance.tranche.Condition;
import org.pactum.core.finance.tranche.Evidence;
import org.pactum.core.finance.tranche.Tranche;
import org.pactum.core.finance.tranche.TrancheDecision;
import org.pactum.core.finance.tranche.Verification;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.finance.internal.FinanceMapper;
import org.pactum.server.finance.internal.FinanceRepository;
import org.pactum.server.finance.internal.FinanceRows.DecisionRow;
import org.pactum.server.finance.internal.FinanceRows.InstrumentRow;
import org.pactum.server.finance.internal.FinanceRows.TrancheRow;
import org.pactum.server.monitoring.MonitoredIndicator;
import org.pactum.server.monitoring.Monitoring;
import org.pactum.server.monitoring.Report;
import org.pactum.server.support.NotFoundException;
import org.pactum.server.support.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides tranches against the monitoring module's figures. The evidence for a condition is the
 * current version of the report of its indicator for the tranche's period (the responsible party's);
 * the core {@link Tranche#decide} judges it, counting only VERIFIED figures. The decision is stored
 * with its explanation and published as a {@link TrancheDecided} event through the outbox, in the
 * same transaction; a release becomes a disbursement in the ledger when the event is handled.
 * A tranche released in full or in part is final; a withheld tranche may be decided again when new
 * verified figures arrive.
 */
@Service
public class TrancheReview {

    private final FinanceRepository repository;
    private final AgreementRegister register;
    private final Monitoring monitoring;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    TrancheReview(FinanceRepository repository, AgreementRegister register, Monitoring monitoring, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.register = register;
        this.monitoring = monitoring;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public TrancheDecided decide(String instrumentId, String trancheId, LocalDate on) {
        InstrumentRow instrument = repository.lockInstrument(instrumentId).filter(r -> register.find(r.agreementId()).isPresent())
                .orElseThrow(() -> new NotFoundException("instrument", instrumentId));
        Agreement agreement = register.require(instrument.agreementId());
        if (!register.mayChange(agreement)) {
            throw new AccessDeniedException("Only the parties' analysts ask for a tranche decision on agreement " + agreement.id());
        }
        TrancheRow row = repository.tranches(instrumentId).stream().filter(t -> t.trancheId().equals(trancheId)).findFirst()
                .orElseThrow(() -> new NotFoundException("tranche", instrumentId + "/" + trancheId));
        Optional<DecisionRow> last = repository.decisions(instrumentId).stream().filter(d -> d.trancheId().equals(trancheId))
                .reduce((a, b) -> b);
        if (last.isPresent() && !last.get().outcome().equals("WITHHOLD")) {
            throw new RuleViolationException("released-tranches-are-final", "Tranche " + trancheId + " of " + instrumentId + " was "
                    + last.get().outcome() + " on " + last.get().decidedOn() + "; only a withheld tranche is decided again");
        }
        Tranche tranche = FinanceMapper.tranche(row, instrument.currency());
        TrancheDecision decision = tranche.decide(evidence(agreement.id(), row.evidencePeriod(), tranche), on);
        long id = repository.insertDecision(new DecisionRow(0, instrumentId, trancheId, on, decision.outcome().name(),
                decision.released().minorUnits(), decision.withheld().minorUnits(), instrument.currency(), decision.explanation(),
                decision.reasons(), Instant.now(), audit.currentActor()));
        TrancheDecided event = new TrancheDecided(id, agreement.id(), instrumentId, trancheId, on, decision.outcome().name(),
                decision.released().minorUnits(), decision.withheld().minorUnits(), instrument.currency(), decision.explanation(),
                decision.reasons());
        events.publishEvent(event);
        audit.record("finance.tranche.decide", "instrument " + instrumentId, decision.explanation());
        return event;
    }

    private List<Evidence> evidence(String agreementId, String period, Tranche tranche) {
        Set<String> codes = new LinkedHashSet<>();
        tranche.conditions().stream().map(Condition::indicatorCode).forEach(codes::add);
        List<MonitoredIndicator> indicators = monitoring.indicators(agreementId);
        List<Evidence> evidence = new ArrayList<>();
        for (String code : codes) {
            indicators.stream().filter(i -> i.indicatorCode().equals(code))
                    .flatMap(i -> monitoring.currentReports(agreementId, code, i.partyId()).stream())
                    .filter(r -> r.period().equals(period))
                    .findFirst()
                    .ifPresent(report -> evidence.add(new Evidence(code, report.value(), verification(report))));
        }
        return evidence;
    }

    private static Verification verification(Report report) {
        return switch (report.verification()) {
            case VERIFIED -> Verification.verifiedBy(report.verifiedBy().orElse("the verifier"));
            case DISPUTED -> Verification.disputed(report.verificationReason().isBlank() ? "no reason given" : report.verificationReason());
            case PENDING -> Verification.pending();
        };
    }
}
