package org.pactum.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pactum.core.finance.tranche.Comparison.AT_LEAST;
import static org.pactum.core.finance.tranche.Comparison.AT_MOST;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pactum.core.finance.iati.ActivityDate;
import org.pactum.core.finance.iati.ActivityStatus;
import org.pactum.core.finance.iati.IatiActivitiesWriter;
import org.pactum.core.finance.iati.IatiActivity;
import org.pactum.core.finance.iati.IatiSchema;
import org.pactum.core.finance.iati.LedgerTransactions;
import org.pactum.core.finance.iati.Organisation;
import org.pactum.core.finance.iati.OrganisationRole;
import org.pactum.core.finance.iati.ParticipatingOrg;
import org.pactum.core.finance.iati.Result;
import org.pactum.core.finance.instrument.FinancingParties;
import org.pactum.core.finance.instrument.Grant;
import org.pactum.core.finance.instrument.InstrumentId;
import org.pactum.core.finance.ledger.FinalUse;
import org.pactum.core.finance.ledger.Flow;
import org.pactum.core.finance.ledger.Ledger;
import org.pactum.core.finance.ledger.LedgerViolation;
import org.pactum.core.finance.ledger.Transaction;
import org.pactum.core.finance.ledger.TransactionType;
import org.pactum.core.finance.money.ExchangeRate;
import org.pactum.core.finance.money.ExchangeRates;
import org.pactum.core.finance.money.Totals;
import org.pactum.core.finance.tranche.Condition;
import org.pactum.core.finance.tranche.Evidence;
import org.pactum.core.finance.tranche.ReleaseRule;
import org.pactum.core.finance.tranche.Tranche;
import org.pactum.core.finance.tranche.TrancheDecision;
import org.pactum.core.finance.tranche.TrancheDecision.Outcome;
import org.pactum.core.finance.tranche.TranchePlan;
import org.pactum.core.finance.tranche.Verification;
import org.pactum.core.pool.Money;

/**
 * Issue 5's story in the core: Germany grants Tunisia EUR 3 million for reception and reintegration,
 * implemented by IOM, in three tranches of EUR 1 million tied to indicators. Verified reports release
 * the first tranche; a disputed reintegration figure withholds the second, with the verifier's reason
 * in the decision; the ledger balances and the IATI file validates.
 */
class FinancingScenarioTest {

    private static final InstrumentId GRANT = new InstrumentId("AGR-2026-07/G-1");
    private static final Verification VERIFIER = Verification.verifiedBy("Independent Verification Agent (EU TF)");

    @Test
    void aGrantInThreeTranchesFromPledgeToFrontLineSpendingAndIatiExport() {
        // The plan: three tranches of EUR 1,000,000 each
        Grant grant = new Grant(GRANT, FinancingParties.of("AGR-2026-07", "DE", "TN").implementedBy("IOM"), Money.euros(3_000_000));
        Tranche t1 = new Tranche("T1", GRANT, Money.euros(1_000_000), LocalDate.parse("2027-06-30"), List.of(
                Condition.verified("RECEPTION-PLACES", AT_LEAST, "1200"),
                Condition.verified("ASYLUM-DAYS-TO-DECISION", AT_MOST, "180")), ReleaseRule.ALL_OR_NOTHING);
        Tranche t2 = new Tranche("T2", GRANT, Money.euros(1_000_000), LocalDate.parse("2027-12-31"), List.of(
                Condition.verified("REINTEGRATION-CASES", AT_LEAST, "300")), ReleaseRule.ALL_OR_NOTHING);
        Tranche t3 = new Tranche("T3", GRANT, Money.euros(1_000_000), LocalDate.parse("2028-06-30"), List.of(
                Condition.verified("RECEPTION-PLACES", AT_LEAST, "1500"),
                Condition.verified("REINTEGRATION-CASES", AT_LEAST, "600")), ReleaseRule.PRO_RATA_CONDITIONS_MET);
        TranchePlan plan = new TranchePlan(grant, List.of(t1, t2, t3));

        // Pledge and commitment: the commitment is the sum of the tranches
        Ledger ledger = Ledger.of(List.of(grant)).recordAll(List.of(
                Transaction.of("P-1", GRANT, TransactionType.OUTGOING_PLEDGE, Money.euros(3_000_000), LocalDate.parse("2026-11-01")),
                Transaction.of("C-1", GRANT, TransactionType.OUTGOING_COMMITMENT,
                        Totals.sum("EUR", plan.tranches().stream().map(Tranche::amount).toList()), LocalDate.parse("2027-01-15"))));
        List<TrancheDecision> events = new ArrayList<>();

        // Tranche 1: both figures verified and above/below their thresholds → released in full
        TrancheDecision first = plan.tranche("T1").decide(List.of(
                Evidence.of("RECEPTION-PLACES", "1250", VERIFIER),
                Evidence.of("ASYLUM-DAYS-TO-DECISION", "150", VERIFIER)), LocalDate.parse("2027-07-15"));
        events.add(first);
        assertThat(first.outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(first.released()).isEqualTo(Money.euros(1_000_000));
        ledger = ledger.record(Transaction.of("D-1", GRANT, TransactionType.DISBURSEMENT, first.released(), LocalDate.parse("2027-07-20"))
                .earmarkedFor(FinalUse.RECEPTION).describedAs("Tranche T1"));

        // Tranche 2: the reintegration figure would meet the threshold, but the verifier disputes it → withheld
        TrancheDecision second = plan.tranche("T2").decide(List.of(
                Evidence.of("REINTEGRATION-CASES", "320", Verification.disputed("116 of the 320 cases have no reintegration plan on file"))),
                LocalDate.parse("2028-01-20"));
        events.add(second);
        assertThat(second.outcome()).isEqualTo(Outcome.WITHHOLD);
        assertThat(second.released()).isEqualTo(Money.euros(0));
        assertThat(second.reasons()).containsExactly(
                "REINTEGRATION-CASES ≥ 300: not met, the reported 320 is disputed: 116 of the 320 cases have no reintegration plan on file");
        assertThat(second.explanation()).isEqualTo("Withhold tranche T2 (EUR 1000000.00): REINTEGRATION-CASES ≥ 300: not met, "
                + "the reported 320 is disputed: 116 of the 320 cases have no reintegration plan on file.");

        // Spending at the front line, reported by IOM
        ledger = ledger.recordAll(List.of(
                Transaction.expenditure("E-1", GRANT, Money.euros(600_000), LocalDate.parse("2027-09-30"), FinalUse.RECEPTION),
                Transaction.expenditure("E-2", GRANT, Money.euros(250_000), LocalDate.parse("2027-12-31"), FinalUse.ASYLUM_PROCESSING)));

        // The ledger balances: committed = Σ tranches = 3,000,000; disbursed = Σ released = 1,000,000 + 0;
        // spent = 600,000 + 250,000 = 850,000; still to disburse = T2 + T3 = 2,000,000
        Flow flow = ledger.flow(GRANT);
        assertThat(flow.committed()).isEqualTo(Money.euros(3_000_000));
        assertThat(flow.disbursed()).isEqualTo(Totals.sum("EUR", events.stream().map(TrancheDecision::released).toList()));
        assertThat(flow.disbursed()).isEqualTo(Money.euros(1_000_000));
        assertThat(flow.spent()).isEqualTo(Money.euros(850_000));
        assertThat(flow.undisbursed()).isEqualTo(Money.euros(2_000_000));
        assertThat(ledger.flowsByFinalUse(GRANT).get(FinalUse.RECEPTION))
                .isEqualTo(new Flow(Money.euros(0), Money.euros(0), Money.euros(1_000_000), Money.euros(600_000)));
        assertThat(ledger.flowsByFinalUse(GRANT).get(FinalUse.ASYLUM_PROCESSING).spent()).isEqualTo(Money.euros(250_000));
        // no invariant can be broken on the way: paying out beyond the commitment is refused
        Ledger balanced = ledger;
        assertThatThrownBy(() -> balanced.record(Transaction.of("D-X", GRANT, TransactionType.DISBURSEMENT,
                new Money(200_000_001, "EUR"), LocalDate.parse("2028-02-01")))).isInstanceOf(LedgerViolation.class);

        // The donor reports in dollars: EUR 1,000,000.00 × 1.0850 (rate of 1 July 2027) = USD 1,085,000.00
        ExchangeRates rates = ExchangeRates.of(ExchangeRate.of("2027-01-02", "EUR", "USD", "1.0410"), ExchangeRate.of("2027-07-01", "EUR", "USD", "1.0850"));
        assertThat(rates.convert(flow.disbursed(), "USD", LocalDate.parse("2027-07-20"))).isEqualTo(Money.ofMajor(1_085_000, "USD"));

        // The IATI file of the agreement validates against the official schema
        Organisation germany = Organisation.of("XM-DAC-5-7", "10", "Federal Ministry for Economic Cooperation and Development");
        Organisation tunisia = Organisation.of("XM-TN-MOF", "10", "Ministry of Finance, Tunisia");
        Organisation iom = Organisation.of("XM-DAC-47066", "40", "International Organization for Migration");
        IatiActivity activity = new IatiActivity("XM-DAC-5-7-AGR-2026-07", germany, "Reception and reintegration partnership",
                "EUR 3 million grant in three tranches tied to verified results.",
                List.of(new ParticipatingOrg(germany, OrganisationRole.FUNDING), new ParticipatingOrg(tunisia, OrganisationRole.ACCOUNTABLE),
                        new ParticipatingOrg(iom, OrganisationRole.IMPLEMENTING)),
                ActivityStatus.IMPLEMENTATION, List.of(new ActivityDate(ActivityDate.Type.ACTUAL_START, LocalDate.parse("2027-01-15"))),
                "EUR", List.of(), LedgerTransactions.of(ledger, GRANT, germany, tunisia),
                List.of(new Result(Result.Type.OUTPUT, "Reception capacity", List.of(new Result.Indicator(Result.Indicator.Measure.UNIT, true,
                        "Reception places meeting EU standards", Optional.of("RECEPTION-PLACES"),
                        Optional.of(new Result.Baseline(2026, Optional.empty(), new BigDecimal("800"))),
                        List.of(new Result.Period(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-06-30"),
                                Optional.of(new BigDecimal("1200")), Optional.of(new BigDecimal("1250")))))))));
        String xml = IatiActivitiesWriter.toXml(List.of(activity), OffsetDateTime.parse("2028-02-01T08:00:00Z"));
        assertThat(IatiSchema.errors(xml)).isEmpty();
        assertThat(xml).contains("<transaction ref=\"D-1\">").contains(">1000000.00</value>").contains("final use: reception");
    }
}
