package org.pactum.core.finance.tranche;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pactum.core.finance.instrument.InstrumentId;
import org.pactum.core.finance.tranche.TrancheDecision.Outcome;
import org.pactum.core.pool.Money;

/** For any evidence: nothing is released on unverified data, and never more than the tranche or its earned share. */
class TrancheProperties {

    record Case(long cents, ReleaseRule rule, List<BigDecimal> thresholds, List<Evidence> evidence) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Verification> statuses = Arbitraries.of(Verification.verifiedBy("V"), Verification.pending(), Verification.disputed("doubt"));
        Arbitrary<List<BigDecimal>> thresholds = Arbitraries.integers().between(0, 100).map(BigDecimal::valueOf).list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(Arbitraries.longs().between(1, 10_000_000_000L), Arbitraries.of(ReleaseRule.class), thresholds,
                        Arbitraries.integers().between(0, 100).list().ofSize(6), statuses.list().ofSize(6), Arbitraries.integers().between(0, 6))
                .as((cents, rule, ts, values, verifications, reported) -> {
                    List<Evidence> evidence = new ArrayList<>();
                    for (int i = 0; i < Math.min(reported, ts.size()); i++) {
                        evidence.add(new Evidence("I" + i, BigDecimal.valueOf(values.get(i)), verifications.get(i)));
                    }
                    return new Case(cents, rule, ts, evidence);
                });
    }

    @Property(tries = 300)
    void onlyVerifiedEvidenceEverMeetsAConditionAndReleasesStayWithinTheEarnedShare(@ForAll("cases") Case c) {
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < c.thresholds().size(); i++) {
            conditions.add(new Condition("I" + i, Comparison.AT_LEAST, c.thresholds().get(i), i % 2 == 0));
        }
        Tranche tranche = new Tranche("T", new InstrumentId("G"), new Money(c.cents(), "EUR"), LocalDate.parse("2027-01-01"), conditions, c.rule());
        TrancheDecision decision = tranche.decide(c.evidence(), LocalDate.parse("2027-02-01"));

        long met = 0;
        for (ConditionFinding finding : decision.findings()) {
            if (finding.met()) {
                met++;
                Evidence used = c.evidence().stream().filter(e -> e.indicatorCode().equals(finding.condition().indicatorCode())).findFirst().orElseThrow();
                assertThat(used.verification()).isInstanceOf(Verification.Verified.class);
            }
            assertThat(finding.reason()).startsWith(finding.condition().describe());
        }
        long n = conditions.size();
        assertThat(decision.released().minorUnits()).isBetween(0L, c.cents());
        // released × n ≤ amount × met: never more than the earned share, and the whole amount only when all are met
        assertThat(BigDecimal.valueOf(decision.released().minorUnits()).multiply(BigDecimal.valueOf(n)))
                .isLessThanOrEqualTo(BigDecimal.valueOf(c.cents()).multiply(BigDecimal.valueOf(met)));
        assertThat(decision.outcome() == Outcome.RELEASE).isEqualTo(met == n);
        assertThat(decision.outcome() == Outcome.WITHHOLD).isEqualTo(met < n && (met == 0 || c.rule() == ReleaseRule.ALL_OR_NOTHING));
        assertThat(decision.released().plus(decision.withheld())).isEqualTo(tranche.amount());
    }
}
