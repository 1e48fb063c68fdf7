package org.pactum.core.finance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pactum.core.finance.ledger.TransactionType.DISBURSEMENT;
import static org.pactum.core.finance.ledger.TransactionType.EXPENDITURE;
import static org.pactum.core.finance.ledger.TransactionType.OUTGOING_COMMITMENT;
import static org.pactum.core.finance.ledger.TransactionType.OUTGOING_PLEDGE;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.pactum.core.finance.instrument.FinancingParties;
import org.pactum.core.finance.instrument.Grant;
import org.pactum.core.finance.instrument.InstrumentId;
import org.pactum.core.finance.ledger.LedgerViolation.Rule;
import org.pactum.core.finance.money.ExchangeRate;
import org.pactum.core.finance.money.ExchangeRates;
import org.pactum.core.pool.Money;

class LedgerTest {

    private static final InstrumentId G = new InstrumentId("G-1");
    private static final LocalDate D = LocalDate.parse("2027-03-01");

    private final Grant grant = new Grant(G, FinancingParties.of("AGR-1", "DE", "TN"), Money.euros(3_000_000));

    private final Ledger ledger = Ledger.of(List.of(grant)).recordAll(List.of(
            Transaction.of("P1", G, OUTGOING_PLEDGE, Money.euros(3_500_000), D.minusMonths(6)),
            Transaction.of("C1", G, OUTGOING_COMMITMENT, Money.euros(3_000_000), D),
            Transaction.of("D1", G, DISBURSEMENT, Money.euros(1_000_000), D.plusDays(10)).earmarkedFor(FinalUse.RECEPTION),
            Transaction.expenditure("E1", G, Money.euros(400_000), D.plusDays(40), FinalUse.RECEPTION),
            Transaction.expenditure("E2", G, Money.euros(150_000), D.plusDays(50), FinalUse.INTEGRATION)));

    @Test
    void theChainFromPledgeToFrontLineSpending() {
        Flow flow = ledger.flow(G);
        assertThat(flow).isEqualTo(new Flow(Money.euros(3_500_000), Money.euros(3_000_000), Money.euros(1_000_000), Money.euros(550_000)));
        // 3,000,000 − 1,000,000 and 1,000,000 − (400,000 + 150,000)
        assertThat(flow.undisbursed()).isEqualTo(Money.euros(2_000_000));
        assertThat(flow.unspent()).isEqualTo(Money.euros(450_000));
        assertThat(ledger.flowsByFinalUse(G).get(FinalUse.RECEPTION))
                .isEqualTo(new Flow(Money.euros(0), Money.euros(0), Money.euros(1_000_000), Money.euros(400_000)));
        assertThat(ledger.flowsByFinalUse(G).get(FinalUse.INTEGRATION).spent()).isEqualTo(Money.euros(150_000));
        assertThat(ledger.flowsByFinalUse(G).get(FinalUse.BORDER_MANAGEMENT)).isEqualTo(Flow.zero("EUR"));
        assertThat(ledger.flows()).containsOnlyKeys(G);
    }

    @Test
    void aDonorSeesTheChainInItsReportingCurrency() {
        ExchangeRates rates = ExchangeRates.of(ExchangeRate.of("2027-01-02", "EUR", "USD", "1.0850"));
        // 3,500,000 × 1.085 = 3,797,500; 3,000,000 × 1.085 = 3,255,000; 1,000,000 × 1.085 = 1,085,000; 550,000 × 1.085 = 596,750
        assertThat(ledger.flow(G).in("USD", rates, D)).isEqualTo(new Flow(Money.ofMajor(3_797_500, "USD"), Money.ofMajor(3_255_000, "USD"),
                Money.ofMajor(1_085_000, "USD"), Money.ofMajor(596_750, "USD")));
    }

    @Test
    void reversalsAreTheirOwnEntriesAndCountAgainstTheOriginal() {
        Ledger corrected = ledger.record(new Reversal("R1", G, "E1", Money.euros(100_000), D.plusDays(60), "invoice booked twice"));
        assertThat(corrected.flow(G).spent()).isEqualTo(Money.euros(450_000));
        assertThat(corrected.flowsByFinalUse(G).get(FinalUse.RECEPTION).spent()).isEqualTo(Money.euros(300_000));
        assertThat(corrected.entries()).hasSize(6);
        assertThat(corrected.typeOf(corrected.entries().get(5))).isEqualTo(EXPENDITURE);
        violates(() -> corrected.record(new Reversal("R2", G, "E1", new Money(30_000_001, "EUR"), D, "again")),
                "amount", Rule.REVERSAL_EXCEEDS_ORIGINAL);
        violates(() -> corrected.record(new Reversal("R2", G, "R1", Money.euros(1), D, "undo")), "reverses", Rule.UNKNOWN_REVERSED_ENTRY);
        violates(() -> corrected.record(new Reversal("R2", G, "E2", Money.euros(1), D, " ")), "reason", Rule.REASON_REQUIRED);
        // withdrawing the commitment below what was disbursed would break disbursed ≤ committed
        violates(() -> corrected.record(new Reversal("R2", G, "C1", Money.euros(2_000_001), D, "budget cut")),
                "amount", Rule.DISBURSEMENT_EXCEEDS_COMMITMENT);
        assertThat(corrected.record(new Reversal("R2", G, "C1", Money.euros(2_000_000), D, "budget cut")).flow(G).undisbursed())
                .isEqualTo(Money.euros(0));
    }

    @Test
    void disbursingBeyondTheCommitmentNeedsARecordedReason() {
        // 1,000,000 disbursed + 2,000,000.01 = 3,000,000.01 > 3,000,000 committed
        Transaction tooMuch = Transaction.of("D2", G, DISBURSEMENT, new Money(200_000_001, "EUR"), D);
        LedgerViolation violation = violates(() -> ledger.record(tooMuch), "amount", Rule.DISBURSEMENT_EXCEEDS_COMMITMENT);
        assertThat(violation).hasMessage("entry D2, amount: disbursements of G-1 would reach EUR 3000000.01, above the EUR 3000000.00 committed;"
                + " record an override reason on the disbursement to allow it");
        Ledger overridden = ledger.record(tooMuch.overriding("exchange-rate loss on the partner's side, approved by the steering committee"));
        assertThat(overridden.flow(G).undisbursed()).isEqualTo(new Money(-1, "EUR"));
        violates(() -> overridden.record(Transaction.of("D3", G, DISBURSEMENT, Money.euros(1), D)), "amount", Rule.DISBURSEMENT_EXCEEDS_COMMITMENT);
        assertThat(overridden.record(new Reversal("R1", G, "D2", new Money(1, "EUR"), D, "refund")).flow(G).undisbursed()).isEqualTo(Money.euros(0));
    }

    @Test
    void badEntriesAreRefusedNamingTheFieldAndNothingIsRecorded() {
        violates(() -> ledger.record(Transaction.of("X", G, DISBURSEMENT, new Money(-5, "EUR"), D)), "amount", Rule.NON_POSITIVE_AMOUNT);
        violates(() -> ledger.record(Transaction.of("X", G, DISBURSEMENT, Money.euros(0), D)), "amount", Rule.NON_POSITIVE_AMOUNT);
        violates(() -> ledger.record(Transaction.of("X", G, DISBURSEMENT, Money.ofMajor(5, "USD"), D)), "amount.currency", Rule.CURRENCY_MISMATCH);
        violates(() -> ledger.record(Transaction.of("X", G, EXPENDITURE, Money.euros(5), D)), "finalUse", Rule.FINAL_USE_REQUIRED);
        violates(() -> ledger.record(Transaction.of("D1", G, DISBURSEMENT, Money.euros(5), D)), "id", Rule.DUPLICATE_ID);
        violates(() -> ledger.record(Transaction.of("X", new InstrumentId("L-9"), DISBURSEMENT, Money.euros(5), D)), "instrument", Rule.UNKNOWN_INSTRUMENT);
        violates(() -> ledger.record(Transaction.of("X", G, OUTGOING_COMMITMENT, Money.euros(5), D).overriding("why not")),
                "overrideReason", Rule.OVERRIDE_NOT_ALLOWED);
        violates(() -> ledger.record(Transaction.of("X", G, DISBURSEMENT, Money.euros(5), D).overriding("")), "overrideReason", Rule.OVERRIDE_NOT_ALLOWED);
        violates(() -> Ledger.of(List.of(grant)).record(Transaction.of("X", G, OUTGOING_COMMITMENT, new Money(300_000_001, "EUR"), D)),
                "amount", Rule.COMMITMENT_EXCEEDS_INSTRUMENT);
        // a batch is all-or-nothing: the good first entry is not kept when the second is refused
        violates(() -> ledger.recordAll(List.of(
                Transaction.expenditure("E3", G, Money.euros(1), D, FinalUse.OTHER),
                Transaction.of("E4", G, EXPENDITURE, Money.euros(1), D))), "finalUse", Rule.FINAL_USE_REQUIRED);
        assertThat(ledger.entries()).hasSize(5);
        assertThat(ledger.transaction("E3")).isEmpty();
    }

    private static LedgerViolation violates(ThrowingCallable call, String field, Rule rule) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(LedgerViolation.class);
        LedgerViolation violation = (LedgerViolation) thrown;
        assertThat(violation.field()).isEqualTo(field);
        assertThat(violation.rule()).isEqualTo(rule);
        assertThat(violation.getMessage()).contains(field + ": ");
        return violation;
    }
}
