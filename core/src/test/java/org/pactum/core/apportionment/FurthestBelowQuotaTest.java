package org.pactum.core.apportionment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.core.fairshare.StateCode;

/**
 * The EASY rule on three Länder with quotas 50 % (BAY), 30 % (HES) and 20 % (BRE). For arrival n,
 * distance below quota = quota × n − assigned before it; the largest wins, ties to the larger quota.
 *
 * <pre>
 *  n  BAY          HES          BRE          → goes to   assigned after (BAY HES BRE)
 *  1  .5−0 = .5    .3−0 = .3    .2−0 = .2    BAY         1 0 0
 *  2  1−1 = 0      .6−0 = .6    .4−0 = .4    HES         1 1 0
 *  3  1.5−1 = .5   .9−1 = −.1   .6−0 = .6    BRE         1 1 1
 *  4  2−1 = 1      1.2−1 = .2   .8−1 = −.2   BAY         2 1 1
 *  5  2.5−2 = .5   1.5−1 = .5   1−1 = 0      BAY (tie with HES; larger quota)   3 1 1
 *  6  3−3 = 0      1.8−1 = .8   1.2−1 = .2   HES         3 2 1
 *  7  3.5−3 = .5   2.1−2 = .1   1.4−1 = .4   BAY         4 2 1
 *  8  4−4 = 0      2.4−2 = .4   1.6−1 = .6   BRE         4 2 2
 *  9  4.5−4 = .5   2.7−2 = .7   1.8−2 = −.2  HES         4 3 2
 * 10  5−4 = 1      3−3 = 0      2−2 = 0      BAY         5 3 2   (everyone exactly at quota)
 * </pre>
 * After ten arrivals every Land is exactly at quota, so arrivals 11 to 20 repeat arrivals 1 to 10.
 */
class FurthestBelowQuotaTest {

    private static final StateCode BAY = StateCode.of("BAY");
    private static final StateCode HES = StateCode.of("HES");
    private static final StateCode BRE = StateCode.of("BRE");

    private static final Map<StateCode, BigDecimal> QUOTAS = Map.of(
            BAY, new BigDecimal("0.5"), HES, new BigDecimal("0.3"), BRE, new BigDecimal("0.2"));

    @Test
    void eachArrivalGoesToTheLandFurthestBelowItsQuota() {
        Map<StateCode, Long> assigned = new HashMap<>();
        List<StateCode> sequence = new ArrayList<>();
        for (int arrival = 1; arrival <= 10; arrival++) {
            StateCode land = FurthestBelowQuota.nextArrivalGoesTo(QUOTAS, assigned);
            sequence.add(land);
            assigned.merge(land, 1L, Long::sum);
        }

        assertThat(sequence).containsExactly(BAY, HES, BRE, BAY, BAY, HES, BAY, BRE, HES, BAY);
    }

    @Test
    void apportioningATotalGivesWhereTheSequenceHasReached() {
        FurthestBelowQuota easy = new FurthestBelowQuota();

        // after 7 arrivals (table): BAY 4, HES 2, BRE 1 — alphabetical order BAY, BRE, HES
        assertThat(easy.apportion(QUOTAS, 7).persons()).containsExactly(Map.entry(BAY, 4L), Map.entry(BRE, 1L), Map.entry(HES, 2L));
        // 23 arrivals = two full rounds of ten (BAY 10, HES 6, BRE 4) plus arrivals 1–3 (one each)
        assertThat(easy.apportion(QUOTAS, 23).persons()).containsExactly(Map.entry(BAY, 11L), Map.entry(BRE, 5L), Map.entry(HES, 7L));
        // a million arrivals: 100,000 full rounds, everyone exactly at quota
        assertThat(easy.apportion(QUOTAS, 1_000_000).persons())
                .containsExactly(Map.entry(BAY, 500_000L), Map.entry(BRE, 200_000L), Map.entry(HES, 300_000L));
    }

    /**
     * Shares of 34 significant digits (1/3, 2/7 and the rest, 8/21) have no short round; the
     * apportionment of every total up to 60 must be where the one-by-one rule has got to.
     */
    @Test
    void sharesWithManyDigitsFollowTheOneByOneRule() {
        java.math.MathContext mc = java.math.MathContext.DECIMAL128;
        BigDecimal third = BigDecimal.ONE.divide(BigDecimal.valueOf(3), mc);
        BigDecimal twoSevenths = BigDecimal.valueOf(2).divide(BigDecimal.valueOf(7), mc);
        Map<StateCode, BigDecimal> shares = Map.of(BAY, third, HES, twoSevenths, BRE, BigDecimal.ONE.subtract(third).subtract(twoSevenths));
        Map<StateCode, Long> assigned = new HashMap<>(Map.of(BAY, 0L, HES, 0L, BRE, 0L));

        for (int total = 1; total <= 60; total++) {
            assigned.merge(FurthestBelowQuota.nextArrivalGoesTo(shares, assigned), 1L, Long::sum);
            assertThat(new FurthestBelowQuota().apportion(shares, total).persons()).as("after %d arrivals", total)
                    .containsAllEntriesOf(assigned);
        }
    }

    @Test
    void assignmentsToUnknownLandsAreRefused() {
        assertThatThrownBy(() -> FurthestBelowQuota.nextArrivalGoesTo(QUOTAS, Map.of(StateCode.of("SAX"), 3L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SAX");
    }
}
