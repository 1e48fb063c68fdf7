package org.pactum.core.fairshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The published keys on small inputs whose shares are worked out by hand as fractions. */
class PublishedKeysTest {

    private static final StateCode AUT = StateCode.of("AUT");
    private static final StateCode BEL = StateCode.of("BEL");
    private static final StateCode CZE = StateCode.of("CZE");
    private static final StateCode ITA = StateCode.of("ITA");
    private static final BigDecimal TOLERANCE = new BigDecimal("1E-30");

    private static BigDecimal fraction(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128);
    }

    private static BigDecimal shareOf(FairShares shares, StateCode state) {
        return shares.of(state).orElseThrow().share();
    }

    private static void assertAddsUpToOne(FairShares shares) {
        BigDecimal sum = shares.shares().stream().map(StateShare::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum.subtract(BigDecimal.ONE).abs().doubleValue()).isLessThanOrEqualTo(1e-12);
    }

    /**
     * Population 9, 12 and 11 million (total 32); GDP 480, 600 and 320 billion (total 1,400).
     * <pre>
     * AUT = ½ × 9/32  + ½ × 480/1400 = 9/64  + 6/35 = (315 + 384)/2240 = 699/2240 = 0.312053571…
     * BEL = ½ × 12/32 + ½ × 600/1400 = 3/16  + 3/14 = (21 + 24)/112   = 45/112   = 0.401785714…
     * CZE = ½ × 11/32 + ½ × 320/1400 = 11/64 + 4/35 = (385 + 256)/2240 = 641/2240 = 0.286160714…
     * </pre>
     */
    @Test
    void ammrKeyIsHalfPopulationHalfGdp() {
        IndicatorData data = IndicatorData.forYear(2024)
                .value(IndicatorCode.POPULATION, AUT, 9_000_000).value(IndicatorCode.GDP, AUT, 480)
                .value(IndicatorCode.POPULATION, BEL, 12_000_000).value(IndicatorCode.GDP, BEL, 600)
                .value(IndicatorCode.POPULATION, CZE, 11_000_000).value(IndicatorCode.GDP, CZE, 320)
                .build();

        FairShares shares = new EuAmmr2024Key().compute(Participants.of(Set.of(AUT, BEL, CZE)), data);

        assertThat(shareOf(shares, AUT)).isCloseTo(fraction(699, 2240), within(TOLERANCE));
        assertThat(shareOf(shares, BEL)).isCloseTo(fraction(45, 112), within(TOLERANCE));
        assertThat(shareOf(shares, CZE)).isCloseTo(fraction(641, 2240), within(TOLERANCE));
        assertThat(shares.keyId()).isEqualTo("eu-ammr-2024");
        assertThat(shares.dataYear()).isEqualTo(2024);
        assertAddsUpToOne(shares);
        assertThat(shares.of(AUT).orElseThrow().effectOf(IndicatorCode.POPULATION).orElseThrow().criterionShare())
                .isCloseTo(fraction(9, 32), within(TOLERANCE));
    }

    /**
     * Three states with population and GDP shares 50/30/20 %, past asylum effort 100, 200 and 400
     * per million, unemployment 5, 10 and 10 %; and Italy, a benefitting state, excluded.
     * <pre>
     * population-and-GDP effect = 0.8 × share: .40, .24, .16
     * inverse asylum:  1/100, 1/200, 1/400 = .01, .005, .0025; sum .0175 → 4/7, 2/7, 1/7
     * inverse unemployment: 1/5, 1/10, 1/10 = .2, .1, .1; sum .4 → 1/2, 1/4, 1/4
     * uncapped: AUT = .40 + .1 × 4/7 + .1 × 1/2 = 71/140  = 0.507142857…
     *           BEL = .24 + .1 × 2/7 + .1 × 1/4 = 411/1400 = 0.293571428…
     *           CZE = .16 + .1 × 1/7 + .1 × 1/4 = 279/1400 = 0.199285714…
     * a 30 % cap (.12, .072, .048) never binds here; with a 10 % cap (.04, .024, .016):
     *   AUT asylum .0571 → .04, unemployment .05 → .04;  raw .48
     *   BEL asylum .0286 → .024, unemployment .025 → .024; raw .288
     *   CZE asylum .0143 stays, unemployment .025 → .016;  raw .176 + 1/70
     *   sum = .944 + 1/70 = 67.08/70 → AUT = 33.6/67.08 = 280/559, BEL = 168/559, CZE = 111/559
     * </pre>
     */
    @Test
    void relocationKeyCorrectsForPastEffortAndUnemploymentWithinTheCap() {
        IndicatorData data = IndicatorData.forYear(2014)
                .value(IndicatorCode.POPULATION, AUT, 50).value(IndicatorCode.GDP, AUT, 500)
                .value(IndicatorCode.ASYLUM_EFFORT_PER_MILLION, AUT, 100).value(IndicatorCode.UNEMPLOYMENT_RATE, AUT, 5)
                .value(IndicatorCode.POPULATION, BEL, 30).value(IndicatorCode.GDP, BEL, 300)
                .value(IndicatorCode.ASYLUM_EFFORT_PER_MILLION, BEL, 200).value(IndicatorCode.UNEMPLOYMENT_RATE, BEL, 10)
                .value(IndicatorCode.POPULATION, CZE, 20).value(IndicatorCode.GDP, CZE, 200)
                .value(IndicatorCode.ASYLUM_EFFORT_PER_MILLION, CZE, 400).value(IndicatorCode.UNEMPLOYMENT_RATE, CZE, 10)
                .value(IndicatorCode.POPULATION, ITA, 60).value(IndicatorCode.GDP, ITA, 600)
                .value(IndicatorCode.ASYLUM_EFFORT_PER_MILLION, ITA, 1000).value(IndicatorCode.UNEMPLOYMENT_RATE, ITA, 12)
                .build();
        Participants withoutItaly = Participants.of(Set.of(AUT, BEL, CZE, ITA)).excluding(Set.of(ITA));

        FairShares uncapped = EuRelocation2015Key.withoutCap().compute(withoutItaly, data);
        FairShares asDescribed = EuRelocation2015Key.asDescribedByTheCommission().compute(withoutItaly, data);
        FairShares tightCap = new EuRelocation2015Key(java.util.Optional.of(new BigDecimal("0.10"))).compute(withoutItaly, data);

        assertThat(uncapped.of(ITA)).isEmpty();
        for (FairShares shares : List.of(uncapped, asDescribed)) {
            assertThat(shareOf(shares, AUT)).isCloseTo(fraction(71, 140), within(TOLERANCE));
            assertThat(shareOf(shares, BEL)).isCloseTo(fraction(411, 1400), within(TOLERANCE));
            assertThat(shareOf(shares, CZE)).isCloseTo(fraction(279, 1400), within(TOLERANCE));
        }
        assertThat(shareOf(tightCap, AUT)).isCloseTo(fraction(280, 559), within(TOLERANCE));
        assertThat(shareOf(tightCap, BEL)).isCloseTo(fraction(168, 559), within(TOLERANCE));
        assertThat(shareOf(tightCap, CZE)).isCloseTo(fraction(111, 559), within(TOLERANCE));
        assertAddsUpToOne(tightCap);

        CriterionEffect czechAsylum = tightCap.of(CZE).orElseThrow().effectOf(IndicatorCode.ASYLUM_EFFORT_PER_MILLION).orElseThrow();
        assertThat(czechAsylum.capped()).isFalse();
        assertThat(czechAsylum.criterionShare()).isCloseTo(fraction(1, 7), within(TOLERANCE));
        CriterionEffect czechUnemployment = tightCap.of(CZE).orElseThrow().effectOf(IndicatorCode.UNEMPLOYMENT_RATE).orElseThrow();
        assertThat(czechUnemployment.capped()).isTrue();
        assertThat(czechUnemployment.effect()).isCloseTo(new BigDecimal("0.016"), within(TOLERANCE));
    }

    /**
     * Tax revenue 60/30/10 and population 30/30/40 for three Länder:
     * <pre>
     * BAY = 2/3 × .6 + 1/3 × .3 = .4 + .1            = .5
     * HES = 2/3 × .3 + 1/3 × .3 = .2 + .1            = .3
     * BRE = 2/3 × .1 + 1/3 × .4 = .0667 + .1333      = .2
     * </pre>
     */
    @Test
    void koenigsteinKeyIsTwoThirdsTaxOneThirdPopulation() {
        StateCode bay = StateCode.of("BAY");
        StateCode hes = StateCode.of("HES");
        StateCode bre = StateCode.of("BRE");
        IndicatorData data = IndicatorData.forYear(2025)
                .value(IndicatorCode.TAX_REVENUE, bay, 60).value(IndicatorCode.POPULATION, bay, 30)
                .value(IndicatorCode.TAX_REVENUE, hes, 30).value(IndicatorCode.POPULATION, hes, 30)
                .value(IndicatorCode.TAX_REVENUE, bre, 10).value(IndicatorCode.POPULATION, bre, 40)
                .build();

        FairShares shares = new KoenigsteinKey().compute(Participants.of(Set.of(bay, hes, bre)), data);

        assertThat(shareOf(shares, bay)).isCloseTo(new BigDecimal("0.5"), within(TOLERANCE));
        assertThat(shareOf(shares, hes)).isCloseTo(new BigDecimal("0.3"), within(TOLERANCE));
        assertThat(shareOf(shares, bre)).isCloseTo(new BigDecimal("0.2"), within(TOLERANCE));
    }

    @Test
    void publishedKeysAreFoundByIdWithFormulaAndSource() {
        assertThat(DistributionKey.published("eu-ammr-2024")).containsInstanceOf(EuAmmr2024Key.class);
        assertThat(DistributionKey.published("de-koenigstein")).containsInstanceOf(KoenigsteinKey.class);
        assertThat(DistributionKey.published("dublin-iv-2016")).containsInstanceOf(DublinIv2016Key.class);
        DistributionKey relocation = DistributionKey.published("eu-relocation-2015").orElseThrow();
        assertThat(relocation).isEqualTo(EuRelocation2015Key.asDescribedByTheCommission());
        assertThat(relocation.formula()).contains("at most 30 %");
        assertThat(relocation.legalSource()).contains("COM(2015) 240").contains("2015/1601");
        assertThat(new EuAmmr2024Key().legalSource()).contains("2024/1351").contains("Article 66").contains("Annex I");
        assertThat(DistributionKey.published("eu-ammr-2099")).isEmpty();
    }

    @Test
    void publishedKeysReportMissingDataForEveryState() {
        IndicatorData data = IndicatorData.forYear(2024).value(IndicatorCode.POPULATION, AUT, 9_000_000).build();

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new EuAmmr2024Key().compute(Participants.of(Set.of(AUT, BEL)), data))
                .isInstanceOfSatisfying(KeyValidationException.class, failure -> assertThat(failure.problems()).containsExactlyInAnyOrder(
                        KeyProblem.of(BEL, IndicatorCode.POPULATION, "no value for 2024"),
                        KeyProblem.of(AUT, IndicatorCode.GDP, "no value for 2024"),
                        KeyProblem.of(BEL, IndicatorCode.GDP, "no value for 2024")));
    }
}
