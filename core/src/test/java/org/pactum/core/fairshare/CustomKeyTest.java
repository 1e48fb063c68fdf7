package org.pactum.core.fairshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * User-defined keys. The running example: 60 % population (direct), 40 % unemployment (inverse).
 * <pre>
 * population AAA 3, BBB 1        → shares 3/4, 1/4
 * unemployment AAA 2 %, BBB 8 %  → inverses .5, .125, sum .625 → shares .8, .2
 * AAA = .6 × .75 + .4 × .8 = .45 + .32 = .77
 * BBB = .6 × .25 + .4 × .2 = .15 + .08 = .23
 * </pre>
 */
class CustomKeyTest {

    private static final StateCode AAA = StateCode.of("AAA");
    private static final StateCode BBB = StateCode.of("BBB");
    private static final StateCode CCC = StateCode.of("CCC");
    private static final IndicatorCode POPULATION = IndicatorCode.POPULATION;
    private static final IndicatorCode UNEMPLOYMENT = IndicatorCode.UNEMPLOYMENT_RATE;
    private static final BigDecimal TOLERANCE = new BigDecimal("1E-30");

    private static CustomKey key(Criterion... criteria) {
        return new CustomKey("what-if", "What if unemployment counted more", List.of(criteria));
    }

    private static final CustomKey POPULATION_AND_UNEMPLOYMENT = key(
            Criterion.direct(POPULATION, new BigDecimal("0.6")), Criterion.inverse(UNEMPLOYMENT, new BigDecimal("0.4")));

    private static BigDecimal shareOf(FairShares shares, StateCode state) {
        return shares.of(state).orElseThrow().share();
    }

    @Test
    void weighsDirectAndInverseCriteria() {
        IndicatorData data = IndicatorData.forYear(2024)
                .value(POPULATION, AAA, 3).value(UNEMPLOYMENT, AAA, 2)
                .value(POPULATION, BBB, 1).value(UNEMPLOYMENT, BBB, 8)
                .build();

        FairShares shares = POPULATION_AND_UNEMPLOYMENT.compute(Participants.of(Set.of(AAA, BBB)), data);

        assertThat(shareOf(shares, AAA)).isCloseTo(new BigDecimal("0.77"), within(TOLERANCE));
        assertThat(shareOf(shares, BBB)).isCloseTo(new BigDecimal("0.23"), within(TOLERANCE));
        assertThat(shares.notes()).isEmpty();
        assertThat(POPULATION_AND_UNEMPLOYMENT.formula()).isEqualTo("share_i ∝ 0.6 × population share_i + 0.4 × inverse unemployment-rate effect_i");
    }

    @Test
    void weightsThatDoNotAddUpToOneAreRefused() {
        assertThatThrownBy(() -> key(Criterion.direct(POPULATION, new BigDecimal("0.6")), Criterion.direct(IndicatorCode.GDP, new BigDecimal("0.3"))))
                .isInstanceOfSatisfying(KeyValidationException.class, failure -> assertThat(failure.problems())
                        .containsExactly(KeyProblem.general("the weights must add up to 1 (within 1e-9), they add up to 0.9")));
        // within the tolerance: three thirds written to ten decimals
        BigDecimal third = new BigDecimal("0.3333333333");
        assertThat(key(Criterion.direct(POPULATION, third), Criterion.direct(IndicatorCode.GDP, third),
                Criterion.inverse(UNEMPLOYMENT, new BigDecimal("0.3333333334"))).criteria()).hasSize(3);
    }

    @Test
    void everyMissingValueAndEveryValueThatCannotBeInvertedIsReported() {
        IndicatorData data = IndicatorData.forYear(2024)
                .value(POPULATION, AAA, 3).value(UNEMPLOYMENT, AAA, 0)
                .value(UNEMPLOYMENT, BBB, -2)
                .value(POPULATION, CCC, 5)
                .build();

        assertThatThrownBy(() -> POPULATION_AND_UNEMPLOYMENT.compute(Participants.of(Set.of(AAA, BBB, CCC)), data))
                .isInstanceOfSatisfying(KeyValidationException.class, failure -> assertThat(failure.problems()).containsExactlyInAnyOrder(
                        KeyProblem.of(BBB, POPULATION, "no value for 2024"),
                        KeyProblem.of(AAA, UNEMPLOYMENT, "the value 0 is zero or negative and cannot be inverted"),
                        KeyProblem.of(BBB, UNEMPLOYMENT, "the value -2 is zero or negative and cannot be inverted"),
                        KeyProblem.of(CCC, UNEMPLOYMENT, "no value for 2024")))
                .hasMessageStartingWith("4 problems: ");
    }

    @Test
    void aStateWithoutDataCanBeLeftOut() {
        CustomKey skipping = key(Criterion.direct(POPULATION, new BigDecimal("0.6")),
                Criterion.inverse(UNEMPLOYMENT, new BigDecimal("0.4")).whenMissing(WhenMissing.SKIP_STATE));
        IndicatorData data = IndicatorData.forYear(2024)
                .value(POPULATION, AAA, 3).value(UNEMPLOYMENT, AAA, 2)
                .value(POPULATION, BBB, 1).value(UNEMPLOYMENT, BBB, 8)
                .value(POPULATION, CCC, 1000)
                .build();

        FairShares shares = skipping.compute(Participants.of(Set.of(AAA, BBB, CCC)), data);

        assertThat(shares.of(CCC)).isEmpty();
        assertThat(shareOf(shares, AAA)).isCloseTo(new BigDecimal("0.77"), within(TOLERANCE));
        assertThat(shares.notes()).containsExactly(KeyProblem.of(CCC, UNEMPLOYMENT, "no value for 2024; the state is left out of the key"));
    }

    @Test
    void aMissingValueCanBeTakenFromTheLatestEarlierYear() {
        CustomKey fallingBack = key(Criterion.direct(POPULATION, new BigDecimal("0.6")),
                Criterion.inverse(UNEMPLOYMENT, new BigDecimal("0.4")).whenMissing(WhenMissing.USE_LATEST_EARLIER_YEAR));
        IndicatorData data = IndicatorData.forYear(2024)
                .value(POPULATION, AAA, 3).value(UNEMPLOYMENT, AAA, 2)
                .value(POPULATION, BBB, 1)
                .value(UNEMPLOYMENT, BBB, 2020, new BigDecimal("11"))
                .value(UNEMPLOYMENT, BBB, 2022, new BigDecimal("8"))
                .value(UNEMPLOYMENT, BBB, 2025, new BigDecimal("9"))
                .build();

        FairShares shares = fallingBack.compute(Participants.of(Set.of(AAA, BBB)), data);

        assertThat(shareOf(shares, BBB)).isCloseTo(new BigDecimal("0.23"), within(TOLERANCE));
        assertThat(shares.notes()).containsExactly(KeyProblem.of(BBB, UNEMPLOYMENT, "no value for 2024; the 2022 value is used"));
    }

    /** BBB's population counts as zero: population shares 1 and 0; AAA = .6 + .4 × .8 = .92, BBB = .4 × .2 = .08. */
    @Test
    void aMissingDirectValueCanCountAsZero() {
        CustomKey zeroing = key(Criterion.direct(POPULATION, new BigDecimal("0.6")).whenMissing(WhenMissing.USE_ZERO),
                Criterion.inverse(UNEMPLOYMENT, new BigDecimal("0.4")));
        IndicatorData data = IndicatorData.forYear(2024)
                .value(POPULATION, AAA, 3).value(UNEMPLOYMENT, AAA, 2).value(UNEMPLOYMENT, BBB, 8).build();

        FairShares shares = zeroing.compute(Participants.of(Set.of(AAA, BBB)), data);

        assertThat(shareOf(shares, AAA)).isCloseTo(new BigDecimal("0.92"), within(TOLERANCE));
        assertThat(shareOf(shares, BBB)).isCloseTo(new BigDecimal("0.08"), within(TOLERANCE));
        assertThatThrownBy(() -> Criterion.inverse(UNEMPLOYMENT, BigDecimal.ONE).whenMissing(WhenMissing.USE_ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inverse");
    }

    @Test
    void excludedStatesAreLeftOutAndTheKeyRecomputed() {
        CustomKey withoutCcc = new CustomKey("without-ccc", "Without CCC", POPULATION_AND_UNEMPLOYMENT.criteria(), new TreeSet<>(Set.of(CCC)));
        IndicatorData data = IndicatorData.forYear(2024)
                .value(POPULATION, AAA, 3).value(UNEMPLOYMENT, AAA, 2)
                .value(POPULATION, BBB, 1).value(UNEMPLOYMENT, BBB, 8)
                .build();

        FairShares shares = withoutCcc.compute(Participants.of(Set.of(AAA, BBB, CCC)), data);

        assertThat(shares.shares()).extracting(StateShare::state).containsExactly(AAA, BBB);
        assertThat(shareOf(shares, AAA)).isCloseTo(new BigDecimal("0.77"), within(TOLERANCE));
    }

    @Test
    void keysThatCannotWorkAreRefusedWithAllTheirProblems() {
        Criterion capped = Criterion.direct(POPULATION, BigDecimal.ONE).cappedAt(new BigDecimal("0.3"));
        assertThatThrownBy(() -> key(capped))
                .isInstanceOfSatisfying(KeyValidationException.class, failure -> assertThat(failure.problems()).extracting(KeyProblem::message)
                        .containsExactly("caps are relative to the uncapped criteria, so at least one criterion must be uncapped"));
        assertThatThrownBy(() -> key(Criterion.direct(POPULATION, new BigDecimal("0.5")), Criterion.inverse(POPULATION, new BigDecimal("0.5"))))
                .isInstanceOfSatisfying(KeyValidationException.class, failure -> assertThat(failure.problems())
                        .containsExactly(KeyProblem.ofIndicator(POPULATION, "the indicator appears in more than one criterion")));
        assertThatThrownBy(() -> Criterion.direct(POPULATION, new BigDecimal("1.5"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustomKey("Bad Id", "x", POPULATION_AND_UNEMPLOYMENT.criteria())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stateCodesAreThreeUppercaseLetters() {
        assertThat(StateCode.of("EST")).isEqualTo(new StateCode("EST"));
        for (String bad : List.of("EE", "est", "ESTO", "E1T", "")) {
            assertThatThrownBy(() -> StateCode.of(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad);
        }
    }

    @Test
    void participantsExcludeOnlyTheirOwnMembers() {
        assertThatThrownBy(() -> Participants.of(Set.of(AAA)).excluding(Set.of(BBB)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BBB");
        assertThatThrownBy(() -> Participants.of(Set.of(AAA)).excluding(Set.of(AAA)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    }
}
