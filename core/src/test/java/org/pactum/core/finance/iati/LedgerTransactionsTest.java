package org.pactum.core.finance.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pactum.core.finance.instrument.FinancingParties;
import org.pactum.core.finance.instrument.Grant;
import org.pactum.core.finance.instrument.InstrumentId;
import org.pactum.core.finance.ledger.FinalUse;
import org.pactum.core.finance.ledger.Ledger;
import org.pactum.core.finance.ledger.Reversal;
import org.pactum.core.finance.ledger.Transaction;
import org.pactum.core.finance.ledger.TransactionType;
import org.pactum.core.pool.Money;

class LedgerTransactionsTest {

    @Test
    void reversalsArePublishedAsNegativeValuesOfTheReversedType() {
        InstrumentId g = new InstrumentId("G-1");
        LocalDate d = LocalDate.parse("2027-03-01");
        Ledger ledger = Ledger.of(List.of(new Grant(g, FinancingParties.of("AGR-1", "DE", "TN"), Money.ofMajor(5_000_000, "JPY"))))
                .recordAll(List.of(
                        Transaction.of("C1", g, TransactionType.OUTGOING_COMMITMENT, Money.ofMajor(5_000_000, "JPY"), d),
                        Transaction.expenditure("E1", g, Money.ofMajor(120_000, "JPY"), d.plusDays(3), FinalUse.BORDER_MANAGEMENT),
                        new Reversal("R1", g, "E1", Money.ofMajor(20_000, "JPY"), d.plusDays(9), "wrong cost centre")));
        List<IatiTransaction> published = LedgerTransactions.of(ledger, g, IatiActivitiesWriterTest.BMZ, IatiActivitiesWriterTest.TUNISIA);
        assertThat(published).extracting(IatiTransaction::type)
                .containsExactly(TransactionType.OUTGOING_COMMITMENT, TransactionType.EXPENDITURE, TransactionType.EXPENDITURE);
        assertThat(published.get(2).value()).isEqualTo(new Money(-20_000, "JPY"));
        assertThat(published.get(2).description()).contains("Reversal of E1: wrong cost centre");
        assertThat(published.get(1).description()).contains("final use: border management");
        assertThat(published.get(0).description()).isEmpty();

        IatiActivity a = IatiActivitiesWriterTest.activity();
        String xml = IatiActivitiesWriter.toXml(List.of(new IatiActivity(a.identifier(), a.reportingOrg(), a.title(), a.description(),
                a.participatingOrgs(), a.status(), a.dates(), "JPY", List.of(), published, List.of())), OffsetDateTime.parse("2027-04-01T00:00:00Z"));
        assertThat(IatiSchema.errors(xml)).isEmpty();
        // yen have no minor unit: ¥ −20,000 is written "-20000"
        assertThat(xml).contains(">-20000</value>");
        assertThat(Optional.of(xml)).hasValueSatisfying(s -> assertThat(s).contains("<transaction ref=\"R1\">"));
    }
}
