package org.pactum.server.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pactum.core.finance.instrument.ConcessionalLoan;
import org.pactum.core.finance.instrument.Instrument;
import org.pactum.core.finance.ledger.Ledger;
import org.pactum.core.finance.ledger.LedgerEntry;
import org.pactum.core.finance.ledger.TransactionType;
import org.pactum.core.finance.money.ExchangeRates;
import org.pactum.core.finance.money.NoExchangeRateException;
import org.pactum.core.pool.Money;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.finance.FinanceViews.DecisionView;
import org.pactum.server.finance.FinanceViews.FinancingPlan;
import org.pactum.server.finance.FinanceViews.FlowPoint;
import org.pactum.server.finance.FinanceViews.InstrumentView;
import org.pactum.server.finance.FinanceViews.LoanView;
import org.pactum.server.finance.FinanceViews.TrancheView;
import org.pactum.server.finance.FinanceViews.TransactionView;
import org.pactum.server.finance.internal.FinanceMapper;
import org.pactum.server.finance.internal.FinanceRepository;
import org.pactum.server.finance.internal.FinanceRows.DecisionRow;
import org.pactum.server.finance.internal.FinanceRows.EntryRow;
import org.pactum.server.finance.internal.FinanceRows.InstrumentRow;
import org.pactum.server.finance.internal.FinanceRows.TrancheRow;
import org.pactum.server.support.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the financing of agreements the current member may see: an agreement's plan, a donor's
 * instruments across agreements, and the register of every visible commitment and expenditure.
 */
@Service
public class FinanceQueries {

    private final FinanceRepository repository;
    private final AgreementRegister register;
    private final FinanceLedger ledger;

    FinanceQueries(FinanceRepository repository, AgreementRegister register, FinanceLedger ledger) {
        this.repository = repository;
        this.register = register;
        this.ledger = ledger;
    }

    @Transactional(readOnly = true)
    public FinancingPlan plan(String agreementId) {
        Agreement agreement = register.require(agreementId);
        List<InstrumentView> instruments = repository.instruments(agreementId).stream().map(this::view).toList();
        List<TransactionView> transactions = new ArrayList<>();
        for (InstrumentRow row : repository.instruments(agreementId)) {
            transactions.addAll(transactions(row));
        }
        transactions.sort(Comparator.comparing(TransactionView::date));
        String currency = instruments.isEmpty() ? "EUR" : instruments.get(0).amount().currency();
        ExchangeRates rates = ledger.rateTable();
        int[] unconverted = {0};
        List<FlowPoint> curve = curve(transactions, currency, rates, unconverted);
        return new FinancingPlan(agreement.id(), agreement.terms().title(), agreement.terms().illustrative(), instruments, transactions,
                currency, curve, unconverted[0]);
    }

    @Transactional(readOnly = true)
    public InstrumentView instrument(String instrumentId) {
        return repository.instrument(instrumentId).filter(this::visible).map(this::view)
                .orElseThrow(() -> new NotFoundException("instrument", instrumentId));
    }

    /** The instruments a party gives (as donor) on every agreement the member may see. */
    @Transactional(readOnly = true)
    public List<InstrumentView> donorInstruments(String partyId) {
        return repository.allInstruments().stream().filter(r -> r.donor().equals(partyId)).filter(this::visible).map(this::view).toList();
    }

    /** Every visible instrument (the public register shows published agreements only, as the register decides). */
    @Transactional(readOnly = true)
    public List<InstrumentView> instruments() {
        return repository.allInstruments().stream().filter(this::visible).map(this::view).toList();
    }

    /** Every visible ledger entry, in the order recorded. */
    @Transactional(readOnly = true)
    public List<TransactionView> transactions() {
        List<TransactionView> all = new ArrayList<>();
        repository.allInstruments().stream().filter(this::visible).forEach(r -> all.addAll(transactions(r)));
        return all;
    }

    @Transactional(readOnly = true)
    public List<DecisionView> decisions(String instrumentId) {
        InstrumentRow row = repository.instrument(instrumentId).filter(this::visible)
                .orElseThrow(() -> new NotFoundException("instrument", instrumentId));
        return repository.decisions(row.id()).stream().map(FinanceQueries::decision).toList();
    }

    /** Agreement ids with financing that the member may see. */
    @Transactional(readOnly = true)
    public List<String> financedAgreements() {
        return repository.allInstruments().stream().filter(this::visible).map(InstrumentRow::agreementId).distinct().toList();
    }

    private boolean visible(InstrumentRow row) {
        return register.find(row.agreementId()).isPresent();
    }

    private InstrumentView view(InstrumentRow row) {
        Instrument instrument = FinanceMapper.instrument(row);
        Ledger ledger = FinanceMapper.ledger(instrument, repository.entries(row.id()));
        List<DecisionRow> decisions = repository.decisions(row.id());
        List<TrancheView> tranches = new ArrayList<>();
        for (TrancheRow t : repository.tranches(row.id())) {
            Optional<DecisionView> last = decisions.stream().filter(d -> d.trancheId().equals(t.trancheId())).reduce((a, b) -> b)
                    .map(FinanceQueries::decision);
            List<String> conditions = FinanceMapper.tranche(t, row.currency()).conditions().stream()
                    .map(org.pactum.core.finance.tranche.Condition::describe).toList();
            tranches.add(new TrancheView(t.trancheId(), new Money(t.amountMinor(), row.currency()), t.dueOn(), t.evidencePeriod(), t.rule(),
                    conditions, last.map(DecisionView::outcome).orElse("PLANNED"), last));
        }
        Optional<LoanView> loan = row.loan().map(l -> {
            ConcessionalLoan concessional = (ConcessionalLoan) instrument;
            BigDecimal ge = concessional.grantElement(l.discountRate());
            return new LoanView(l.interestRate(), l.graceMonths(), l.maturityMonths(), l.repaymentsPerYear(), l.discountRate(),
                    ge.setScale(2, java.math.RoundingMode.HALF_EVEN), concessional.grantEquivalent(l.discountRate()));
        });
        return new InstrumentView(row.id(), row.agreementId(), row.kind(), row.title(), row.donor(), row.recipient(), row.implementer(),
                instrument.amount(), loan, row.illustrative(), tranches, ledger.flow(instrument.id()));
    }

    private List<TransactionView> transactions(InstrumentRow row) {
        Instrument instrument = FinanceMapper.instrument(row);
        List<EntryRow> rows = repository.entries(row.id());
        Ledger ledger = FinanceMapper.ledger(instrument, rows);
        List<TransactionView> views = new ArrayList<>();
        for (EntryRow e : rows) {
            LedgerEntry entry = FinanceMapper.entry(e);
            TransactionType type = ledger.typeOf(entry);
            boolean reversal = e.typeCode() == FinanceMapper.REVERSAL;
            views.add(new TransactionView(e.id(), row.id(), row.agreementId(), row.donor(), row.recipient(),
                    reversal ? "REVERSAL" : type.name(), type.code(), entry.amount(), e.date(),
                    ledger.finalUseOf(entry).map(Enum::name), e.overrideReason(), e.reverses(), e.reason(), e.description(), e.decisionId()));
        }
        return views;
    }

    /** Cumulative committed, disbursed and spent by date, each entry converted on its own date; reversals subtract. */
    private static List<FlowPoint> curve(List<TransactionView> transactions, String currency, ExchangeRates rates, int[] unconverted) {
        Map<java.time.LocalDate, long[]> byDate = new TreeMap<>();
        for (TransactionView t : transactions) {
            int column = switch (TransactionType.ofCode(t.typeCode()).orElseThrow()) {
                case OUTGOING_COMMITMENT -> 0;
                case DISBURSEMENT, REIMBURSEMENT -> 1;
                case EXPENDITURE -> 2;
                default -> -1;
            };
            if (column < 0) {
                continue;
            }
            long minor;
            try {
                minor = t.amount().currency().equals(currency) ? t.amount().minorUnits() : rates.convert(t.amount(), currency, t.date()).minorUnits();
            } catch (NoExchangeRateException e) {
                unconverted[0]++;
                continue;
            }
            long signed = t.type().equals("REVERSAL") ? -minor : minor;
            byDate.computeIfAbsent(t.date(), d -> new long[3])[column] += signed;
        }
        List<FlowPoint> points = new ArrayList<>();
        long committed = 0;
        long disbursed = 0;
        long spent = 0;
        for (Map.Entry<java.time.LocalDate, long[]> day : byDate.entrySet()) {
            committed += day.getValue()[0];
            disbursed += day.getValue()[1];
            spent += day.getValue()[2];
            points.add(new FlowPoint(day.getKey(), committed, disbursed, spent));
        }
        return points;
    }

    static DecisionView decision(DecisionRow d) {
        return new DecisionView(d.id(), d.instrumentId(), d.trancheId(), d.decidedOn(), d.outcome(), new Money(d.releasedMinor(), d.currency()),
                new Money(d.withheldMinor(), d.currency()), d.explanation(), d.reasons(), d.decidedBy());
    }
}
