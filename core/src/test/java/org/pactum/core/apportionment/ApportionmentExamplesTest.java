package org.pactum.core.apportionment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.core.fairshare.StateCode;

/** Worked examples, each computed by hand in the comments. */
class ApportionmentExamplesTest {

    private static final StateCode AAA = StateCode.of("AAA");
    private static final StateCode BBB = StateCode.of("BBB");
    private static final StateCode CCC = StateCode.of("CCC");
    private static final StateCode DDD = StateCode.of("DDD");

    private static Map<StateCode, BigDecimal> weights(long... values) {
        List<StateCode> codes = List.of(AAA, BBB, CCC, DDD);
        Map<StateCode, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(codes.get(i), BigDecimal.valueOf(values[i]));
        }
        return map;
    }

    private static List<Long> persons(ApportionmentMethod method, Map<StateCode, BigDecimal> shares, long total) {
        return List.copyOf(method.apportion(shares, total).persons().values());
    }

    /**
     * The textbook example of the D'Hondt and Sainte-Laguë articles: votes 100,000 / 80,000 /
     * 30,000 / 20,000, eight seats.
     *
     * <pre>
     * quotas (× 8 / 230,000):   3.478  2.783  1.043  0.696
     * Hamilton: floors 3 2 1 0 = 6; two left for the largest remainders .783 (B) and .696 (D) → 3 3 1 1
     * D'Hondt quotients v/1, v/2, …: A 100k 50k 33.3k 25k 20k; B 80k 40k 26.7k 20k; C 30k 15k; D 20k
     *   eight highest: 100k 80k 50k 40k 33.3k 30k 26.7k 25k → A 4, B 3, C 1, D 0
     * Sainte-Laguë quotients v/1, v/3, v/5: A 100k 33.3k 20k; B 80k 26.7k 16k; C 30k 10k; D 20k 6.7k
     *   eight highest: 100k 80k 33.3k 30k 26.7k 20k(A) 20k(D) 16k → A 3, B 3, C 1, D 1
     * Huntington–Hill: one seat each (4), then v/√2, v/√6, …: A 70.7k, B 56.6k, A 40.8k, B 32.7k
     *   (next would be A 100k/√12 = 28.9k, C 30k/√2 = 21.2k) → A 3, B 3, C 1, D 1
     * </pre>
     */
    @Test
    void textbookExampleOfFourPartiesAndEightSeats() {
        Map<StateCode, BigDecimal> votes = weights(100_000, 80_000, 30_000, 20_000);

        assertThat(persons(new Hamilton(), votes, 8)).containsExactly(3L, 3L, 1L, 1L);
        assertThat(persons(new DHondt(), votes, 8)).containsExactly(4L, 3L, 1L, 0L);
        assertThat(persons(new SainteLague(), votes, 8)).containsExactly(3L, 3L, 1L, 1L);
        assertThat(persons(new HuntingtonHill(), votes, 8)).containsExactly(3L, 3L, 1L, 1L);
    }

    /**
     * Populations 6,600 / 3,000 / 400, ten persons: quotas 6.6, 3.0, 0.4.
     *
     * <pre>
     * Hamilton: floors 6 3 0 = 9; one left, largest remainder .6 (A) → 7 3 0
     * D'Hondt: A 6600 3300 2200 1650 1320 1100 942.9 | 825; B 3000 1500 1000 | 750; C | 400 → 7 3 0
     * Sainte-Laguë: A 6600 2200 1320 942.9 733.3 600 507.7 | 440; B 3000 1000 600 | 428.6; C | 400 → 7 3 0
     * Huntington–Hill: one each, then A/√2 4666.9, A/√6 2694.5, B/√2 2121.3, A/√12 1905.3,
     *   A/√20 1475.8, B/√6 1224.7, A/√30 1205.0 | A/√42 1018.4 → 6 3 1 (the small state keeps a seat)
     * </pre>
     */
    @Test
    void huntingtonHillGivesTheSmallStateItsFirstPerson() {
        Map<StateCode, BigDecimal> population = weights(6_600, 3_000, 400);

        assertThat(persons(new Hamilton(), population, 10)).containsExactly(7L, 3L, 0L);
        assertThat(persons(new DHondt(), population, 10)).containsExactly(7L, 3L, 0L);
        assertThat(persons(new SainteLague(), population, 10)).containsExactly(7L, 3L, 0L);
        assertThat(persons(new HuntingtonHill(), population, 10)).containsExactly(6L, 3L, 1L);
    }

    /**
     * Populations 6,570 / 2,760 / 670, ten persons: quotas 6.57, 2.76, 0.67.
     *
     * <pre>
     * Hamilton: floors 6 2 0 = 8; remainders .57 .76 .67 → B and C → 6 3 1
     * D'Hondt: A 6570 3285 2190 1642.5 1314 1095 938.6 | 821.25; B 2760 1380 920 | 690; C | 670 → 7 3 0
     * Sainte-Laguë: A 6570 2190 1314 938.6 730 597.3 | 505.4; B 2760 920 552 | 394.3; C 670 → 6 3 1
     * </pre>
     */
    @Test
    void dHondtFavoursTheLargeState() {
        Map<StateCode, BigDecimal> population = weights(6_570, 2_760, 670);

        assertThat(persons(new Hamilton(), population, 10)).containsExactly(6L, 3L, 1L);
        assertThat(persons(new DHondt(), population, 10)).containsExactly(7L, 3L, 0L);
        assertThat(persons(new SainteLague(), population, 10)).containsExactly(6L, 3L, 1L);
    }

    @Test
    void resultCarriesShareQuotaAndPersons() {
        Apportionment result = new Hamilton().apportion(weights(6_570, 2_760, 670), 10);

        Allotment b = result.of(BBB).orElseThrow();
        assertThat(b.share()).isEqualByComparingTo("0.276");
        assertThat(b.quota()).isEqualByComparingTo("2.76");
        assertThat(b.persons()).isEqualTo(3);
        assertThat(b.deviationFromQuota()).isEqualByComparingTo("0.24");
        assertThat(result.target()).isEqualTo(10);
        assertThat(result.differenceFromTarget()).isZero();
        assertThat(result.method()).isEqualTo("hamilton");
    }

    /** Three equal thirds of 10: quotas 3.33 each, each rounds to 3, nine in all: one short. */
    @Test
    void roundingEachStateOnItsOwnCanFallShortOfTheTarget() {
        Apportionment result = new NearestPerson().apportion(weights(1, 1, 1), 10);

        assertThat(result.persons().values()).containsExactly(3L, 3L, 3L);
        assertThat(result.differenceFromTarget()).isEqualTo(-1);
    }

    /** Two halves of 3: quotas 1.5 each, a half rounds up, so 2 + 2 = 4: one over. */
    @Test
    void roundingEachStateOnItsOwnCanOvershootTheTarget() {
        Apportionment result = new NearestPerson().apportion(weights(1, 1), 3);

        assertThat(result.persons().values()).containsExactly(2L, 2L);
        assertThat(result.differenceFromTarget()).isEqualTo(1);
    }

    /** Equal remainders go to the larger share, and between equal shares to the code first in the alphabet. */
    @Test
    void tiesGoToTheLargerShareThenAlphabetically() {
        // Shares .5 / .5 of 3: remainders .5 and .5, equal shares → AAA before BBB.
        assertThat(persons(new Hamilton(), weights(1, 1), 3)).containsExactly(2L, 1L);
        // Shares 3/8, 3/8, 2/8 of 2: quotas .75 .75 .5; D'Hondt first claims 3, 3, 2 → AAA and BBB.
        assertThat(persons(new DHondt(), weights(3, 3, 2), 2)).containsExactly(1L, 1L, 0L);
        // Shares 1/4, 3/4 of 2 by Huntington–Hill: every first claim (v/√0) is infinite, so one each.
        assertThat(persons(new HuntingtonHill(), weights(1, 3), 2)).containsExactly(1L, 1L);
        // Huntington–Hill with one person for two states: equal infinite claims, larger share wins.
        assertThat(persons(new HuntingtonHill(), weights(1, 3), 1)).containsExactly(0L, 1L);
        // Two equal shares, one person: alphabetical.
        assertThat(persons(new SainteLague(), weights(5, 5), 1)).containsExactly(1L, 0L);
    }

    /** Shares need not add up to one: weights 2 and 6 are shares 1/4 and 3/4. */
    @Test
    void sharesAreTakenRelativeToTheirSum() {
        assertThat(persons(new Hamilton(), weights(2, 6), 100)).containsExactly(25L, 75L);
    }

    @Test
    void zeroPersonsAndZeroSharesAreAllowed() {
        for (ApportionmentMethod method : ApportionmentMethod.all()) {
            assertThat(persons(method, weights(1, 0, 3), 0)).as(method.name()).containsExactly(0L, 0L, 0L);
            assertThat(persons(method, weights(1, 0, 3), 4)).as(method.name()).containsExactly(1L, 0L, 3L);
        }
    }

    @Test
    void totalsOutsideZeroToOneBillionAreRefused() {
        for (ApportionmentMethod method : ApportionmentMethod.all()) {
            assertThatThrownBy(() -> method.apportion(weights(1, 1), -1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("between 0 and 1,000,000,000").hasMessageContaining("-1");
            assertThatThrownBy(() -> method.apportion(weights(1, 1), 1_000_000_001L))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("between 0 and 1,000,000,000");
        }
    }

    @Test
    void theLargestTotalIsApportionedExactly() {
        for (ApportionmentMethod method : List.of(new Hamilton(), new DHondt(), new SainteLague(), new HuntingtonHill())) {
            // quotas 1e9 × 1/3 and 2/3: 333,333,333.33 and 666,666,666.67 → every method gives 333,333,333 and 666,666,667
            assertThat(persons(method, weights(1, 2), 1_000_000_000L)).as(method.name())
                    .containsExactly(333_333_333L, 666_666_667L);
        }
    }

    @Test
    void negativeOrAllZeroSharesAreRefused() {
        assertThatThrownBy(() -> new Hamilton().apportion(weights(1, -1), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BBB").hasMessageContaining("negative");
        assertThatThrownBy(() -> new Hamilton().apportion(weights(0, 0), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above zero");
        assertThatThrownBy(() -> new Hamilton().apportion(Map.of(), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one state");
    }

    @Test
    void methodsAreFoundByName() {
        assertThat(ApportionmentMethod.byName("sainte-lague")).contains(new SainteLague());
        assertThat(ApportionmentMethod.byName("easy")).contains(new FurthestBelowQuota());
        assertThat(ApportionmentMethod.byName("webster")).isEmpty();
    }
}
