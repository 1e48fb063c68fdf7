package org.pactum.server.finance.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pactum.core.finance.ledger.TransactionType;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementEvent;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.finance.FinanceViews.DecisionView;
import org.pactum.server.finance.FinanceViews.TransactionView;
import org.pactum.server.finance.TrancheDecided;
import org.pactum.server.finance.internal.FinanceRows.DecisionRow;
import org.pactum.server.finance.internal.FinanceRows.EntryRow;
import org.pactum.server.finance.internal.FinanceRows.InstrumentRow;
import org.pactum.server.register.PublicRegister;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts the financing of published agreements on the public register: every ledger transaction
 * (commitment, disbursement, expenditure, reversal ...) with its parties and amount, and every
 * tranche decision with the amounts released and withheld and the reason for each condition.
 * Financing of an agreement that is not published is its parties' business only; when the
 * agreement is published, all of its financing recorded so far is published with it.
 *
 * <p>A transaction is published by the ledger in the transaction that records it. A decision is
 * published when its event comes through the event publication registry, after it is committed.
 * Each fact is published once: whoever publishes holds the lock on the instrument's row, and the
 * catch-up on publication and a redelivered event first ask the register what it already holds.
 */
@Component
public class FinancePublications {

    /** The kind of a ledger transaction's entry in the public register. */
    private static final String TRANSACTION = "finance-transaction";

    /** The kind of a tranche decision's entry in the public register. */
    private static final String DECISION = "tranche-decision";

    private final FinanceRepository repository;
    private final AgreementRegister agreements;
    private final PublicRegister register;

    FinancePublications(FinanceRepository repository, AgreementRegister agreements, PublicRegister register) {
        this.repository = repository;
        this.agreements = agreements;
        this.register = register;
    }

    /**
     * Publishes a ledger entry just stored, if its agreement is published; the caller holds the
     * lock on the instrument's row.
     */
    public void transactionRecorded(InstrumentRow instrument, EntryRow entry) {
        if (published(instrument.agreementId())) {
            publish(instrument, entry);
        }
    }

    @ApplicationModuleListener
    void on(TrancheDecided decided) {
        if (!published(decided.agreementId())) {
            return;
        }
        InstrumentRow instrument = repository.lockInstrument(decided.instrumentId()).orElseThrow();
        String subject = DecisionView.registerSubject(decided.decisionId());
        if (register.alreadyPublished(List.of(subject)).isEmpty()) {
            publish(instrument, repository.decision(decided.decisionId()).orElseThrow());
        }
    }

    /** The agreement is now public, and so is its financing so far: what is not yet in the register goes in. */
    @ApplicationModuleListener
    void on(AgreementEvent.AgreementPublished published) {
        for (InstrumentRow listed : repository.instruments(published.agreementId())) {
            InstrumentRow instrument = repository.lockInstrument(listed.id()).orElseThrow();
            List<DecisionRow> decisions = repository.decisions(instrument.id());
            List<EntryRow> entries = repository.entries(instrument.id());
            List<String> subjects = new ArrayList<>();
            decisions.forEach(d -> subjects.add(DecisionView.registerSubject(d.id())));
            entries.forEach(e -> subjects.add(TransactionView.registerSubject(e.id())));
            Set<String> inRegister = register.alreadyPublished(subjects);
            decisions.stream().filter(d -> !inRegister.contains(DecisionView.registerSubject(d.id())))
                    .forEach(d -> publish(instrument, d));
            entries.stream().filter(e -> !inRegister.contains(TransactionView.registerSubject(e.id())))
                    .forEach(e -> publish(instrument, e));
        }
    }

    private boolean published(String agreementId) {
        return agreements.load(agreementId).map(Agreement::published).orElse(false);
    }

    private void publish(InstrumentRow instrument, EntryRow entry) {
        boolean reversal = entry.typeCode() == FinanceMapper.REVERSAL;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("transaction", entry.id());
        payload.put("agreement", instrument.agreementId());
        payload.put("instrument", instrument.id());
        payload.put("donor", instrument.donor());
        payload.put("recipient", instrument.recipient());
        payload.put("type", reversal ? "REVERSAL" : TransactionType.ofCode(entry.typeCode()).orElseThrow().name());
        payload.put("iatiTypeCode", reversal ? null : entry.typeCode());
        payload.put("date", entry.date().toString());
        payload.put("amount", money(entry.amountMinor(), entry.currency()));
        payload.put("finalUse", entry.finalUse().orElse(null));
        payload.put("reverses", entry.reverses().orElse(null));
        payload.put("reason", entry.reason().orElse(null));
        payload.put("overrideReason", entry.overrideReason().orElse(null));
        payload.put("decision", entry.decisionId().orElse(null));
        payload.put("description", entry.description());
        register.publish(TRANSACTION, TransactionView.registerSubject(entry.id()), payload);
    }

    private void publish(InstrumentRow instrument, DecisionRow decision) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("decision", decision.id());
        payload.put("agreement", instrument.agreementId());
        payload.put("instrument", instrument.id());
        payload.put("tranche", decision.trancheId());
        payload.put("decidedOn", decision.decidedOn().toString());
        payload.put("outcome", decision.outcome());
        payload.put("released", money(decision.releasedMinor(), decision.currency()));
        payload.put("withheld", money(decision.withheldMinor(), decision.currency()));
        payload.put("reasons", decision.reasons());
        register.publish(DECISION, DecisionView.registerSubject(decision.id()), payload);
    }

    private static Map<String, Object> money(long minorUnits, String currency) {
        return Map.of("minorUnits", minorUnits, "currency", currency);
    }
}
