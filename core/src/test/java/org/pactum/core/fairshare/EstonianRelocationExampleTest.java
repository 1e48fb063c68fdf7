package org.pactum.core.fairshare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The worked example ERR News published in May 2015 ("How were Estonia's resettlement and relocation
 * quotas reached?"): Estonia received 425 asylum applications and resettled nobody in 2010–2014,
 * 85 a year, 64 per million inhabitants, and its inverse asylum effect was
 * ((1/64) / 0.14940961) × 100 = 10.46 %, 0.14940961 being the sum of the inverse values of the 28
 * Member States.
 *
 * <p>The other 27 values are made up so that the inverse values add up to the published sum:
 * <pre>
 * AUT 2000 → .0005     BEL 1250 → .0008     BGR 400 → .0025      HRV 100 → .01
 * CYP 2500 → .0004     CZE 125  → .008      DNK 1000 → .001      FIN 625 → .0016
 * FRA 800  → .00125    DEU 1600 → .000625   GRC 500 → .002       HUN 1250 → .0008
 * IRL 320  → .003125   ITA 400  → .0025     LVA 100 → .01        LTU 80 → .0125
 * LUX 1600 → .000625   MLT 4000 → .00025    NLD 800 → .00125     POL 200 → .005
 * PRT 50   → .02       ROU 80   → .0125     SVK 128 → .0078125   SVN 250 → .004
 * ESP 200  → .005      SWE 5000 → .0002
 *   these 26 add up to 0.1142375
 * EST 64 → 1/64 = .015625
 * GBR chosen as 1 / 0.01954711 (≈ 51.16 per million) → .01954711
 * sum: 0.1142375 + 0.015625 + 0.01954711 = 0.14940961
 * Estonia: 0.015625 / 0.14940961 = 0.1045783 → 10.46 %
 * Without the benefitting states Greece and Italy (.002 + .0025):
 *   0.015625 / 0.14490961 = 0.1078258 → 10.78 %
 * </pre>
 */
class EstonianRelocationExampleTest {

    private static final StateCode EST = StateCode.of("EST");

    private static Map<String, BigDecimal> perMillion() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        String[] madeUp = {"AUT 2000", "BEL 1250", "BGR 400", "HRV 100", "CYP 2500", "CZE 125", "DNK 1000", "FIN 625",
                "FRA 800", "DEU 1600", "GRC 500", "HUN 1250", "IRL 320", "ITA 400", "LVA 100", "LTU 80", "LUX 1600",
                "MLT 4000", "NLD 800", "POL 200", "PRT 50", "ROU 80", "SVK 128", "SVN 250", "ESP 200", "SWE 5000", "EST 64"};
        for (String entry : madeUp) {
            String[] parts = entry.split(" ");
            values.put(parts[0], new BigDecimal(parts[1]));
        }
        values.put("GBR", BigDecimal.ONE.divide(new BigDecimal("0.01954711"), MathContext.DECIMAL128));
        return values;
    }

    private static IndicatorData data() {
        IndicatorData.Builder data = IndicatorData.forYear(2014);
        perMillion().forEach((code, value) -> {
            StateCode state = StateCode.of(code);
            data.value(IndicatorCode.ASYLUM_EFFORT_PER_MILLION, state, value)
                    .value(IndicatorCode.POPULATION, state, 10_000_000)
                    .value(IndicatorCode.GDP, state, 250_000)
                    .value(IndicatorCode.UNEMPLOYMENT_RATE, state, new BigDecimal("7.4"));
        });
        return data.build();
    }

    private static BigDecimal inverseAsylumEffectInPercent(FairShares shares) {
        return shares.of(EST).orElseThrow().effectOf(IndicatorCode.ASYLUM_EFFORT_PER_MILLION).orElseThrow()
                .criterionShare().movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void theTwentyEightInverseValuesAddUpToThePublishedSum() {
        BigDecimal sum = perMillion().values().stream()
                .map(value -> BigDecimal.ONE.divide(value, MathContext.DECIMAL128))
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(perMillion()).hasSize(28);
        assertThat(sum.setScale(12, RoundingMode.HALF_UP)).isEqualByComparingTo("0.149409610000");
    }

    @Test
    void estoniasInverseAsylumEffectIsTenPointFourSixPercent() {
        Set<StateCode> eu28 = new java.util.TreeSet<>(perMillion().keySet().stream().map(StateCode::of).toList());

        for (EuRelocation2015Key key : new EuRelocation2015Key[] {EuRelocation2015Key.withoutCap(), EuRelocation2015Key.asDescribedByTheCommission()}) {
            FairShares shares = key.compute(Participants.of(eu28), data());
            assertThat(inverseAsylumEffectInPercent(shares)).isEqualByComparingTo("10.46");
        }
    }

    @Test
    void excludingTheBenefittingStatesRecomputesTheKeyOverTheRest() {
        Set<StateCode> eu28 = new java.util.TreeSet<>(perMillion().keySet().stream().map(StateCode::of).toList());
        Participants withoutFrontline = Participants.of(eu28).excluding(Set.of(StateCode.of("GRC"), StateCode.of("ITA")));

        FairShares shares = EuRelocation2015Key.withoutCap().compute(withoutFrontline, data());

        assertThat(shares.shares()).hasSize(26);
        assertThat(inverseAsylumEffectInPercent(shares)).isEqualByComparingTo("10.78");
    }
}
