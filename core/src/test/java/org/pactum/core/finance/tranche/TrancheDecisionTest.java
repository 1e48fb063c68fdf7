package org.pactum.core.finance.tranche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pactum.core.finance.tranche.Comparison.ABOVE;
import static org.pactum.core.finance.tranche.Comparison.AT_LEAST;
import static org.pactum.core.finance.tranche.Comparison.AT_MOST;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.core.finance.instrument.FinancingParties;
import org.pactum.core.finance.instrument.Grant;
import org.pactum.core.finance.instrument.InstrumentId;
import org.pactum.core.finance.tranche.ConditionFinding.Status;
import org.pactum.core.finance.tranche.TrancheDecision.Outcome;
import org.pactum.core.pool.Money;

class TrancheDecisionTest {

    private static final InstrumentId GRANT = new InstrumentId("G-1");
    private static final LocalDate DUE = LocalDate.parse("2027-06-30");
    private static final LocalDate DECIDED = LocalDate.parse("2027-07-15");
    private static final Verification AUDITOR = Verification.verifiedBy("Independent Verification Agent");

    private final List<Condition> three = List.of(
            Condition.verified("RECEPTION-PLACES", AT_LEAST, "1200"),
            Condition.verified("ASYLUM-DAYS-TO-DECISION", AT_MOST, "180"),
            Condition.verified("REINTEGRATION-CASES", ABOVE, "300"));

    @Test
    void verifiedEvidenceMeetingEveryThresholdReleasesTheWholeTranche() {
        Tranche tranche = new Tranche("T1", GRANT, Money.euros(1_000_000), DUE, three, ReleaseRule.ALL_OR_NOTHING);
        TrancheDecision decision = tranche.decide(List.of(
                Evidence.of("RECEPTION-PLACES", "1200", AUDITOR),
                Evidence.of("ASYLUM-DAYS-TO-DECISION", "180.0", AUDITOR),
                Evidence.of("REINTEGRATION-CASES", "301", AUDITOR)), DECIDED);
        assertThat(decision.outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(decision.released()).isEqualTo(Money.euros(1_000_000));
        assertThat(decision.withheld()).isEqualTo(Money.euros(0));
        assertThat(decision.reasons()).containsExactly(
                "RECEPTION-PLACES ≥ 1200: met, 1200 verified by Independent Verification Agent",
                "ASYLUM-DAYS-TO-DECISION ≤ 180: met, 180.0 verified by Independent Verification Agent",
                "REINTEGRATION-CASES > 300: met, 301 verified by Independent Verification Agent");
    }

    @Test
    void unverifiedOrDisputedFiguresNeverRelease() {
        Tranche tranche = new Tranche("T2", GRANT, Money.euros(1_000_000), DUE, three, ReleaseRule.PRO_RATA_CONDITIONS_MET);
        TrancheDecision decision = tranche.decide(List.of(
                Evidence.of("RECEPTION-PLACES", "5000", Verification.pending()),
                Evidence.of("ASYLUM-DAYS-TO-DECISION", "90", Verification.disputed("decisions counted before the interview took place"))), DECIDED);
        assertThat(decision.outcome()).isEqualTo(Outcome.WITHHOLD);
        assertThat(decision.released()).isEqualTo(Money.euros(0));
        assertThat(decision.findings()).extracting(ConditionFinding::status).containsExactly(Status.UNVERIFIED, Status.DISPUTED, Status.NO_REPORT);
        assertThat(decision.reasons()).containsExactly(
                "RECEPTION-PLACES ≥ 1200: not met, the reported 5000 is not verified yet (independent verification required)",
                "ASYLUM-DAYS-TO-DECISION ≤ 180: not met, the reported 90 is disputed: decisions counted before the interview took place",
                "REINTEGRATION-CASES > 300: not met, nothing reported for REINTEGRATION-CASES");
        assertThat(decision.explanation()).startsWith("Withhold tranche T2 (EUR 1000000.00): RECEPTION-PLACES");
    }

    @Test
    void aVariableTranchePaysForTheShareOfConditionsMetRoundedDown() {
        Tranche tranche = new Tranche("T3", GRANT, Money.euros(1_000_000), DUE, three, ReleaseRule.PRO_RATA_CONDITIONS_MET);
        TrancheDecision decision = tranche.decide(List.of(
                Evidence.of("RECEPTION-PLACES", "1250", AUDITOR),
                Evidence.of("ASYLUM-DAYS-TO-DECISION", "181", AUDITOR),
                Evidence.of("REINTEGRATION-CASES", "420", AUDITOR)), DECIDED);
        // 2 of 3 met: 100,000,000 cents × 2/3 = 66,666,666.67 → 66,666,666 cents (rounded down)
        assertThat(decision.outcome()).isEqualTo(Outcome.PARTIAL_RELEASE);
        assertThat(decision.released()).isEqualTo(new Money(66_666_666, "EUR"));
        assertThat(decision.withheld()).isEqualTo(new Money(33_333_334, "EUR"));
        assertThat(decision.findings()).extracting(ConditionFinding::status).containsExactly(Status.MET, Status.NOT_MET, Status.MET);
        assertThat(decision.reasons().get(1)).isEqualTo("ASYLUM-DAYS-TO-DECISION ≤ 180: not met, 181 verified by Independent Verification Agent");
    }

    @Test
    void aFixedTrancheIsWithheldWhenAnyConditionFails() {
        Tranche tranche = new Tranche("T4", GRANT, Money.euros(1_000_000), DUE, three, ReleaseRule.ALL_OR_NOTHING);
        TrancheDecision decision = tranche.decide(List.of(
                Evidence.of("RECEPTION-PLACES", "1250", AUDITOR),
                Evidence.of("ASYLUM-DAYS-TO-DECISION", "120", AUDITOR),
                Evidence.of("REINTEGRATION-CASES", "300", AUDITOR)), DECIDED);
        assertThat(decision.outcome()).isEqualTo(Outcome.WITHHOLD);
        assertThat(decision.reasons().get(2)).isEqualTo("REINTEGRATION-CASES > 300: not met, 300 verified by Independent Verification Agent");
    }

    @Test
    void aTrancheWithoutConditionsIsReleasedOnDecision() {
        Tranche signature = new Tranche("T0", GRANT, Money.euros(10), DUE, List.of(), ReleaseRule.ALL_OR_NOTHING);
        TrancheDecision decision = signature.decide(List.of(), DECIDED);
        assertThat(decision.outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(decision.explanation()).isEqualTo("Release EUR 10.00 of tranche T0: no conditions.");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        Tranche tranche = new Tranche("T1", GRANT, Money.euros(1), DUE, three, ReleaseRule.ALL_OR_NOTHING);
        assertThatThrownBy(() -> tranche.decide(List.of(Evidence.of("RECEPTION-PLACES", "1", AUDITOR), Evidence.of("RECEPTION-PLACES", "2", AUDITOR)), DECIDED))
                .hasMessageStartingWith("evidence[1]: a second report for RECEPTION-PLACES");
        assertThatThrownBy(() -> new Tranche("T1", GRANT, Money.euros(0), DUE, three, ReleaseRule.ALL_OR_NOTHING)).hasMessageStartingWith("amount");
        assertThatThrownBy(() -> new Tranche("T1", GRANT, Money.euros(1), DUE, List.of(three.get(0), three.get(0)), ReleaseRule.ALL_OR_NOTHING))
                .hasMessageStartingWith("conditions[1]");
        assertThatThrownBy(() -> Condition.verified(" ", AT_LEAST, "1")).hasMessageStartingWith("indicatorCode");
        assertThatThrownBy(() -> Verification.disputed(" ")).hasMessageStartingWith("reason");
    }

    @Test
    void aPlanSchedulesExactlyTheInstrumentsAmount() {
        Grant grant = new Grant(GRANT, FinancingParties.of("AGR-1", "DE", "TN"), Money.euros(3_000_000));
        Tranche t1 = new Tranche("T1", GRANT, Money.euros(1_000_000), DUE, three, ReleaseRule.ALL_OR_NOTHING);
        Tranche t2 = new Tranche("T2", GRANT, Money.euros(2_000_000), DUE.plusYears(1), three, ReleaseRule.ALL_OR_NOTHING);
        assertThat(new TranchePlan(grant, List.of(t1, t2)).tranche("T2")).isEqualTo(t2);
        assertThatThrownBy(() -> new TranchePlan(grant, List.of(t1)))
                .hasMessage("tranches: they add up to EUR 1000000.00 but the instrument is for EUR 3000000.00");
        Tranche dollars = new Tranche("T3", GRANT, Money.ofMajor(2_000_000, "USD"), DUE, three, ReleaseRule.ALL_OR_NOTHING);
        assertThatThrownBy(() -> new TranchePlan(grant, List.of(t1, dollars))).hasMessageStartingWith("amounts[1]: expected an amount in EUR");
        Tranche other = new Tranche("T4", new InstrumentId("L-9"), Money.euros(2_000_000), DUE, three, ReleaseRule.ALL_OR_NOTHING);
        assertThatThrownBy(() -> new TranchePlan(grant, List.of(t1, other))).hasMessageStartingWith("tranches[1].instrument");
    }
}
