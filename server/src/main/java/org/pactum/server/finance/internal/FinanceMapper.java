package org.pactum.server.finance.internal;

import java.util.List;
import java.util.Optional;
import org.pactum.core.finance.instrument.ConcessionalLoan;
import org.pactum.core.finance.instrument.FinancingParties;
import org.pactum.core.finance.instrument.Grant;
import org.pactum.core.finance.instrument.Instrument;
import org.pactum.core.finance.instrument.InstrumentId;
import org.pactum.core.finance.instrument.LoanTerms;
import org.pactum.core.finance.ledger.FinalUse;
import org.pactum.core.finance.ledger.Ledger;
import org.pactum.core.finance.ledger.LedgerEntry;
import org.pactum.core.finance.ledger.Reversal;
import org.pactum.core.finance.ledger.Transaction;
import org.pactum.core.finance.ledger.TransactionType;
import org.pactum.core.finance.tranche.Comparison;
import org.pactum.core.finance.tranche.Condition;
import org.pactum.core.finance.tranche.ReleaseRule;
import org.pactum.core.finance.tranche.Tranche;
import org.pactum.core.pool.Money;
import org.pactum.server.finance.internal.FinanceRows.EntryRow;
import org.pactum.server.finance.internal.FinanceRows.InstrumentRow;
import org.pactum.server.finance.internal.FinanceRows.TrancheRow;

/** Turns stored rows into the core's values (instruments, tranches, ledger entries) and back. */
public final class FinanceMapper {

    /** The type code that marks a reversal row. */
    public static final int REVERSAL = 0;

    private FinanceMapper() {
    }

    public static Instrument instrument(InstrumentRow row) {
        FinancingParties parties = new FinancingParties(row.agreementId(), row.donor(), row.recipient(), row.implementer());
        InstrumentId id = new InstrumentId(row.id());
        Money amount = new Money(row.amountMinor(), row.currency());
        return switch (row.kind()) {
            case "GRANT" -> new Grant(id, parties, amount);
            case "CONCESSIONAL_LOAN" -> new ConcessionalLoan(id, parties, amount, terms(row.loan().orElseThrow()));
            default -> throw new IllegalStateException("unknown instrument kind " + row.kind());
        };
    }

    public static LoanTerms terms(FinanceRows.LoanRow loan) {
        return new LoanTerms(loan.interestRate(), loan.graceMonths(), loan.maturityMonths(), loan.repaymentsPerYear(),
                LoanTerms.RepaymentProfile.EQUAL_PRINCIPAL);
    }

    public static Tranche tranche(TrancheRow row, String currency) {
        List<Condition> conditions = row.conditions().stream()
                .map(c -> new Condition(c.indicatorCode(), Comparison.valueOf(c.comparison()), c.threshold(), true)).toList();
        return new Tranche(row.trancheId(), new InstrumentId(row.instrumentId()), new Money(row.amountMinor(), currency), row.dueOn(),
                conditions, ReleaseRule.valueOf(row.rule()));
    }

    public static LedgerEntry entry(EntryRow row) {
        InstrumentId instrument = new InstrumentId(row.instrumentId());
        Money amount = new Money(row.amountMinor(), row.currency());
        if (row.typeCode() == REVERSAL) {
            return new Reversal(row.id(), instrument, row.reverses().orElseThrow(), amount, row.date(), row.reason().orElse(""));
        }
        return new Transaction(row.id(), instrument, TransactionType.ofCode(row.typeCode()).orElseThrow(), amount, row.date(),
                row.finalUse().map(FinalUse::valueOf), row.overrideReason(), row.description());
    }

    public static EntryRow row(LedgerEntry entry, Optional<Long> decisionId) {
        if (entry instanceof Reversal r) {
            return new EntryRow(0, r.id(), r.instrument().value(), REVERSAL, r.amount().minorUnits(), r.amount().currency(), r.date(),
                    Optional.empty(), Optional.empty(), Optional.of(r.reverses()), Optional.of(r.reason()), "", decisionId);
        }
        Transaction t = (Transaction) entry;
        return new EntryRow(0, t.id(), t.instrument().value(), t.type().code(), t.amount().minorUnits(), t.amount().currency(), t.date(),
                t.finalUse().map(Enum::name), t.overrideReason(), Optional.empty(), Optional.empty(), t.description(), decisionId);
    }

    /** The ledger of one instrument as stored (entries were checked when recorded, and are checked again here). */
    public static Ledger ledger(Instrument instrument, List<EntryRow> rows) {
        return Ledger.of(List.of(instrument)).recordAll(rows.stream().map(FinanceMapper::entry).toList());
    }
}
