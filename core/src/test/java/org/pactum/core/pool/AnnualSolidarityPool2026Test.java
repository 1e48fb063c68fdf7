package org.pactum.core.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pactum.core.apportionment.Hamilton;
import org.pactum.core.fairshare.EuAmmr2024Key;
import org.pactum.core.fairshare.FairShares;
import org.pactum.core.fairshare.IndicatorCode;
import org.pactum.core.fairshare.IndicatorData;
import org.pactum.core.fairshare.StateCode;

/**
 * The 2026 Annual Solidarity Pool: 21,000 relocations or EUR 420 million (21,000 × EUR 20,000),
 * with Cyprus, Greece, Italy and Spain benefitting, so the reference key is computed over the other
 * 23 Member States. Population (persons) and GDP (EUR million) are made up but of the right size.
 */
class AnnualSolidarityPool2026Test {

    /** code, population, GDP in EUR million. */
    private static final Object[][] EU27 = {
            {"AUT", 9_160_000, 482_000}, {"BEL", 11_830_000, 614_000}, {"BGR", 6_450_000, 102_000},
            {"HRV", 3_860_000, 85_000}, {"CYP", 930_000, 34_000}, {"CZE", 10_900_000, 320_000},
            {"DNK", 5_960_000, 390_000}, {"EST", 1_370_000, 39_000}, {"FIN", 5_600_000, 279_000},
            {"FRA", 68_400_000, 2_920_000}, {"DEU", 83_450_000, 4_310_000}, {"GRC", 10_400_000, 225_000},
            {"HUN", 9_580_000, 206_000}, {"IRL", 5_350_000, 540_000}, {"ITA", 58_970_000, 2_190_000},
            {"LVA", 1_880_000, 40_000}, {"LTU", 2_890_000, 78_000}, {"LUX", 670_000, 86_000},
            {"MLT", 560_000, 22_000}, {"NLD", 17_940_000, 1_100_000}, {"POL", 36_620_000, 850_000},
            {"PRT", 10_640_000, 285_000}, {"ROU", 19_060_000, 350_000}, {"SVK", 5_420_000, 140_000},
            {"SVN", 2_120_000, 67_000}, {"ESP", 48_610_000, 1_590_000}, {"SWE", 10_550_000, 540_000}};

    private static final Set<StateCode> BENEFITTING = Set.of(StateCode.of("CYP"), StateCode.of("GRC"), StateCode.of("ITA"), StateCode.of("ESP"));

    @Test
    void hamiltonContributionsAddUpToTheReferenceAndMoneyIsPersonsTimesTheRate() {
        IndicatorData.Builder data = IndicatorData.forYear(2024);
        Set<StateCode> members = new TreeSet<>();
        for (Object[] row : EU27) {
            StateCode state = StateCode.of((String) row[0]);
            members.add(state);
            data.value(IndicatorCode.POPULATION, state, (Integer) row[1]).value(IndicatorCode.GDP, state, (Integer) row[2]);
        }
        PoolSpec spec = PoolSpec.of("Annual Solidarity Pool 2026", 21_000, Money.euros(420_000_000), members)
                .withBenefitting(BENEFITTING);

        FairShares shares = new EuAmmr2024Key().compute(spec.participants(), data.build());
        SolidarityPool pool = SolidarityPool.establish(spec, shares, new Hamilton());

        assertThat(members).hasSize(27);
        assertThat(pool.contributions()).hasSize(23);
        assertThat(pool.contributions()).extracting(IndicativeContribution::state).doesNotContainAnyElementsOf(BENEFITTING);
        assertThat(pool.totalFairShare()).isEqualTo(21_000);
        assertThat(pool.totalDueMoney()).isEqualTo(Money.euros(420_000_000)).isEqualTo(spec.financialReference());
        for (IndicativeContribution contribution : pool.contributions()) {
            assertThat(contribution.fairShareMoney().minorUnits()).isEqualTo(contribution.fairShare() * 2_000_000L);
            assertThat(BigDecimal.valueOf(contribution.fairShare()).subtract(contribution.quota()).abs()).isLessThan(BigDecimal.ONE);
        }
    }
}
