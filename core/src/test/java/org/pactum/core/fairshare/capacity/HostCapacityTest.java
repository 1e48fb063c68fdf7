package org.pactum.core.fairshare.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactum.core.fairshare.IndicatorCode;
import org.pactum.core.fairshare.IndicatorData;
import org.pactum.core.fairshare.KeyProblem;
import org.pactum.core.fairshare.KeyValidationException;
import org.pactum.core.fairshare.StateCode;

/**
 * Made-up but plausible figures:
 * <pre>
 * TUR: 3,200,000 refugees, 85,000,000 inhabitants, USD 40,000 GDP per capita (PPP)
 *   per 1,000 inhabitants: 3,200,000 × 1,000 / 85,000,000 = 37.647…;  per USD 1: 3,200,000 / 40,000 = 80
 * LBN: 800,000 refugees, 5,500,000 inhabitants, USD 16,000
 *   per 1,000 inhabitants: 800,000 × 1,000 / 5,500,000 = 145.45…;    per USD 1: 800,000 / 16,000 = 50
 * </pre>
 * Lebanon carries more against its population, Türkiye more against its income.
 */
class HostCapacityTest {

    private static final StateCode TUR = StateCode.of("TUR");
    private static final StateCode LBN = StateCode.of("LBN");

    private static final IndicatorData DATA = IndicatorData.forYear(2024)
            .value(IndicatorCode.REFUGEES_HOSTED, TUR, 3_200_000).value(IndicatorCode.POPULATION, TUR, 85_000_000)
            .value(IndicatorCode.GDP_PER_CAPITA_PPP, TUR, 40_000)
            .value(IndicatorCode.REFUGEES_HOSTED, LBN, 800_000).value(IndicatorCode.POPULATION, LBN, 5_500_000)
            .value(IndicatorCode.GDP_PER_CAPITA_PPP, LBN, 16_000)
            .build();

    @Test
    void measuresRefugeesAgainstPopulationAndIncome() {
        List<HostingMeasure> measures = HostCapacity.measure(Set.of(TUR, LBN), DATA);

        HostingMeasure lebanon = measures.get(0);
        HostingMeasure turkiye = measures.get(1);
        assertThat(lebanon.refugeesPerThousandInhabitants()).isCloseTo(new BigDecimal("145.4545454545"), within(new BigDecimal("1E-10")));
        assertThat(lebanon.refugeesPerDollarGdpPerCapita()).isEqualByComparingTo("50");
        assertThat(turkiye.refugeesPerThousandInhabitants()).isCloseTo(new BigDecimal("37.6470588235"), within(new BigDecimal("1E-10")));
        assertThat(turkiye.refugeesPerDollarGdpPerCapita()).isEqualByComparingTo("80");
        assertThat(HostCapacity.byRefugeesPerThousandInhabitants(measures)).extracting(HostingMeasure::state).containsExactly(LBN, TUR);
        assertThat(HostCapacity.byRefugeesPerDollarGdpPerCapita(measures)).extracting(HostingMeasure::state).containsExactly(TUR, LBN);
    }

    @Test
    void missingOrZeroFiguresAreNamed() {
        StateCode jor = StateCode.of("JOR");
        IndicatorData data = IndicatorData.forYear(2024)
                .value(IndicatorCode.REFUGEES_HOSTED, jor, 700_000).value(IndicatorCode.POPULATION, jor, 0).build();

        assertThatThrownBy(() -> HostCapacity.measure(Set.of(jor), data))
                .isInstanceOfSatisfying(KeyValidationException.class, failure -> assertThat(failure.problems()).containsExactly(
                        KeyProblem.of(jor, IndicatorCode.POPULATION, "the value 0 must be above zero"),
                        KeyProblem.of(jor, IndicatorCode.GDP_PER_CAPITA_PPP, "no value for 2024")));
    }
}
