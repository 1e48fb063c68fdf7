package org.pactum.core.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactum.core.apportionment.Hamilton;
import org.pactum.core.fairshare.EuAmmr2024Key;
import org.pactum.core.fairshare.FairShares;
import org.pactum.core.fairshare.IndicatorCode;
import org.pactum.core.fairshare.IndicatorData;
import org.pactum.core.fairshare.StateCode;

/**
 * A pool of 1,000 relocations (EUR 20 million) among AUT, BEL and CZE, with GRC benefitting, and
 * population and GDP in the ratio 5 : 3 : 2 among the contributors, so key shares 50 / 30 / 20 %.
 * Czechia has a 50 % deduction.
 * <pre>
 * fair shares: AUT 500, BEL 300, CZE 200 persons; × EUR 20,000 = EUR 10, 6, 4 million
 * deduction CZE: 50 % of 200 = 100 persons; due 100 persons = EUR 2 million
 * pledges:
 *   AUT 200 relocations + EUR 4 million  = 4 + 4   = EUR 8.0 million; gap 10 − 8   = 2.0 million = 100 relocations
 *   BEL 150 relocations                 = 3         = EUR 3.0 million; gap 6 − 3    = 3.0 million = 150 relocations
 *   CZE 60 relocations + EUR 1 million of alternative measures
 *                                       = 1.2 + 1   = EUR 2.2 million; gap 2 − 2.2  = −0.2 million = −10 relocations
 * per state, relocations at least half the fair share: AUT 200 < 250 no; BEL 150 ≥ 150 yes; CZE 60 < 100 no
 * Union: due 10 + 6 + 2 = EUR 18 million; pledged 8 + 3 + 2.2 = EUR 13.2 million (660 relocation-equivalents);
 *   gap EUR 4.8 million = 240 relocation-equivalents; relocations 410 of 1,000, below half (500): not met
 * </pre>
 */
class ThreeStatePoolTest {

    private static final StateCode AUT = StateCode.of("AUT");
    private static final StateCode BEL = StateCode.of("BEL");
    private static final StateCode CZE = StateCode.of("CZE");
    private static final StateCode GRC = StateCode.of("GRC");

    private static final PoolSpec SPEC = PoolSpec.of("Test pool", 1_000, Money.euros(20_000_000), Set.of(AUT, BEL, CZE, GRC))
            .withBenefitting(Set.of(GRC))
            .withDeduction(CZE, Deduction.partial(new BigDecimal("0.5")));

    private static SolidarityPool pool() {
        IndicatorData data = IndicatorData.forYear(2025)
                .value(IndicatorCode.POPULATION, AUT, 5_000).value(IndicatorCode.GDP, AUT, 500)
                .value(IndicatorCode.POPULATION, BEL, 3_000).value(IndicatorCode.GDP, BEL, 300)
                .value(IndicatorCode.POPULATION, CZE, 2_000).value(IndicatorCode.GDP, CZE, 200)
                .value(IndicatorCode.POPULATION, GRC, 10_000).value(IndicatorCode.GDP, GRC, 200)
                .build();
        FairShares shares = new EuAmmr2024Key().compute(SPEC.participants(), data);
        return SolidarityPool.establish(SPEC, shares, new Hamilton());
    }

    private static List<Pledge> pledges(long austrianRelocations) {
        return List.of(
                new Pledge(AUT, austrianRelocations, Money.euros(4_000_000), Money.zero("EUR")),
                Pledge.ofRelocations(BEL, 150),
                new Pledge(CZE, 60, Money.zero("EUR"), Money.euros(1_000_000)));
    }

    @Test
    void contributionsAreFairSharesLessDeductions() {
        SolidarityPool pool = pool();

        assertThat(pool.contributions()).extracting(IndicativeContribution::state).containsExactly(AUT, BEL, CZE);
        assertThat(pool.contributions()).extracting(IndicativeContribution::fairShare).containsExactly(500L, 300L, 200L);
        assertThat(pool.contributions()).extracting(IndicativeContribution::fairShareMoney)
                .containsExactly(Money.euros(10_000_000), Money.euros(6_000_000), Money.euros(4_000_000));
        IndicativeContribution czechia = pool.of(CZE).orElseThrow();
        assertThat(czechia.deducted()).isEqualTo(100);
        assertThat(czechia.due()).isEqualTo(100);
        assertThat(czechia.dueMoney()).isEqualTo(Money.euros(2_000_000));
        assertThat(pool.totalDue()).isEqualTo(900);
        assertThat(pool.totalDueMoney()).isEqualTo(Money.euros(18_000_000));
    }

    @Test
    void gapsAndThresholdsPerStateAndForTheUnion() {
        PledgeAssessment assessment = pool().assess(pledges(200));

        assertThat(assessment.states()).extracting(PledgePosition::pledgedValue)
                .containsExactly(Money.euros(8_000_000), Money.euros(3_000_000), Money.euros(2_200_000));
        assertThat(assessment.states()).extracting(PledgePosition::gap)
                .containsExactly(Money.euros(2_000_000), Money.euros(3_000_000), Money.euros(-200_000));
        assertThat(assessment.states()).extracting(position -> position.gapInRelocations().intValueExact())
                .containsExactly(100, 150, -10);
        assertThat(assessment.statesMeetingOffsetThreshold()).containsExactly(BEL);

        assertThat(assessment.totalPledgedValue()).isEqualTo(Money.euros(13_200_000));
        assertThat(assessment.relocationEquivalentsPledged()).isEqualByComparingTo("660");
        assertThat(assessment.unionGap()).isEqualTo(Money.euros(4_800_000));
        assertThat(assessment.unionGapInRelocations()).isEqualByComparingTo("240");
        assertThat(assessment.relocationsPledged()).isEqualTo(410);
        assertThat(assessment.relocationsShortOfReference()).isEqualTo(590);
        assertThat(assessment.unionRelocationThresholdMet()).isFalse();
    }

    /** Austria pledging 300 relocations: 510 in all, at least 500 (half of 1,000); Austria 300 ≥ 250. */
    @Test
    void thresholdsAreMetAtHalf() {
        PledgeAssessment assessment = pool().assess(pledges(300));

        assertThat(assessment.unionRelocationThresholdMet()).isTrue();
        assertThat(assessment.statesMeetingOffsetThreshold()).containsExactly(AUT, BEL);
        assertThat(assessment.of(AUT).orElseThrow().gap()).isEqualTo(Money.euros(0));
    }

    @Test
    void statesWithoutAPledgeOweTheirWholeContribution() {
        PledgeAssessment assessment = pool().assess(List.of());

        assertThat(assessment.of(BEL).orElseThrow().gap()).isEqualTo(Money.euros(6_000_000));
        assertThat(assessment.unionGap()).isEqualTo(Money.euros(18_000_000));
        assertThat(assessment.statesMeetingOffsetThreshold()).isEmpty();
    }

    @Test
    void pledgesMustComeFromContributingStatesOnceAndInTheRightCurrency() {
        SolidarityPool pool = pool();
        assertThatThrownBy(() -> pool.assess(List.of(Pledge.ofRelocations(GRC, 10))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GRC is not a contributing");
        assertThatThrownBy(() -> pool.assess(List.of(Pledge.ofRelocations(BEL, 10), Pledge.ofRelocations(BEL, 5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than one pledge");
        assertThatThrownBy(() -> pool.assess(List.of(Pledge.ofMoney(BEL, Money.ofMajor(10, "USD")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR");
    }

    @Test
    void poolsRefuseInconsistentSettings() {
        assertThatThrownBy(() -> SPEC.withBenefitting(Set.of(StateCode.of("TUR"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TUR");
        assertThatThrownBy(() -> SPEC.withDeduction(GRC, Deduction.full()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GRC");
        assertThatThrownBy(() -> SPEC.withEquivalenceRate(Money.euros(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("equivalence rate");
        assertThatThrownBy(() -> Deduction.partial(new BigDecimal("1.2"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysMustCoverExactlyTheContributingStates() {
        IndicatorData data = IndicatorData.forYear(2025)
                .value(IndicatorCode.POPULATION, AUT, 1).value(IndicatorCode.GDP, AUT, 1)
                .value(IndicatorCode.POPULATION, BEL, 1).value(IndicatorCode.GDP, BEL, 1)
                .build();
        FairShares twoStates = new EuAmmr2024Key().compute(org.pactum.core.fairshare.Participants.of(Set.of(AUT, BEL)), data);

        assertThatThrownBy(() -> SolidarityPool.establish(SPEC, twoStates, new Hamilton()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing [CZE]");
    }
}
