package org.pactum.core.apportionment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import org.pactum.core.fairshare.StateCode;

/**
 * Germany's EASY rule: arrivals are assigned one at a time, each to the state (Land) furthest below
 * its quota. For the {@code n}-th arrival, counting it, a state's distance below quota is
 * {@code share_i × n − assigned_i}; the arrival goes to the state where that is largest, on a tie to
 * the state with the larger share, then to the one whose code comes first in the alphabet.
 *
 * <p>Every state stays within one person above its quota at every step, and no state ever loses
 * persons as arrivals continue. With shares {@code w_i / W} in lowest terms the sequence repeats
 * every {@code W} arrivals (after {@code W} arrivals every state is exactly at quota), so the
 * simulation runs at most {@code min(total, W)} steps of {@code n} comparisons each; shares with
 * few decimals (a Königstein quota published to five decimals) are fast for any total, shares with
 * 34 significant digits take about {@code n × total} steps.
 */
public record FurthestBelowQuota() implements ApportionmentMethod {

    @Override
    public String name() {
        return "easy";
    }

    @Override
    public boolean meetsTotalExactly() {
        return true;
    }

    /** The state that the next arrival goes to, given the persons each state has been assigned so far. */
    public static StateCode nextArrivalGoesTo(Map<StateCode, BigDecimal> shares, Map<StateCode, Long> assignedSoFar) {
        Objects.requireNonNull(assignedSoFar, "persons assigned so far");
        Quotas quotas = Quotas.of(shares, 0);
        long arrival = 1;
        for (Map.Entry<StateCode, Long> assigned : assignedSoFar.entrySet()) {
            if (!quotas.states.contains(assigned.getKey())) {
                throw new IllegalArgumentException(assigned.getKey() + " has persons assigned but no share");
            }
            if (assigned.getValue() < 0) {
                throw new IllegalArgumentException(assigned.getKey() + " cannot have a negative number assigned");
            }
            arrival = Math.addExact(arrival, assigned.getValue());
        }
        BigInteger n = BigInteger.valueOf(arrival);
        int best = -1;
        BigInteger bestDistance = null;
        for (int i = 0; i < quotas.size(); i++) {
            BigInteger assigned = BigInteger.valueOf(assignedSoFar.getOrDefault(quotas.states.get(i), 0L));
            BigInteger distance = n.multiply(quotas.weights[i]).subtract(assigned.multiply(quotas.totalWeight));
            if (best < 0 || distance.compareTo(bestDistance) > 0
                    || distance.compareTo(bestDistance) == 0 && quotas.tieBreak(i, best) < 0) {
                best = i;
                bestDistance = distance;
            }
        }
        return quotas.states.get(best);
    }

    @Override
    public Apportionment apportion(Map<StateCode, BigDecimal> shares, long total) {
        Quotas quotas = Quotas.of(shares, total);
        int n = quotas.size();
        BigInteger common = BigInteger.ZERO;
        for (BigInteger weight : quotas.weights) {
            common = common.gcd(weight);
        }
        BigInteger[] weights = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            weights[i] = quotas.weights[i].divide(common);
        }
        BigInteger period = quotas.totalWeight.divide(common);
        long[] persons = new long[n];
        long steps = total;
        if (period.compareTo(BigInteger.valueOf(total)) <= 0) {
            long cycle = period.longValueExact();
            long rounds = total / cycle;
            for (int i = 0; i < n; i++) {
                persons[i] = rounds * weights[i].longValueExact();
            }
            steps = total % cycle;
        }
        boolean fitsInLong = period.multiply(BigInteger.valueOf(n + 2L)).bitLength() < 62;
        if (fitsInLong) {
            simulateInLongs(quotas, weights, period.longValueExact(), steps, persons);
        } else {
            simulate(quotas, weights, period, steps, persons);
        }
        return quotas.result(name(), persons);
    }

    /**
     * Runs {@code steps} arrivals from the state where every state is exactly at quota. {@code gap[i]}
     * is {@code W × (share_i × arrivals − assigned_i)}, so comparing gaps compares distances below quota.
     */
    private static void simulateInLongs(Quotas quotas, BigInteger[] weights, long period, long steps, long[] persons) {
        int n = weights.length;
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            w[i] = weights[i].longValueExact();
        }
        long[] gap = new long[n];
        for (long step = 0; step < steps; step++) {
            int best = 0;
            for (int i = 0; i < n; i++) {
                gap[i] += w[i];
                if (i > 0 && (gap[i] > gap[best] || gap[i] == gap[best] && quotas.tieBreak(i, best) < 0)) {
                    best = i;
                }
            }
            gap[best] -= period;
            persons[best]++;
        }
    }

    private static void simulate(Quotas quotas, BigInteger[] weights, BigInteger period, long steps, long[] persons) {
        int n = weights.length;
        BigInteger[] gap = new BigInteger[n];
        java.util.Arrays.fill(gap, BigInteger.ZERO);
        for (long step = 0; step < steps; step++) {
            int best = 0;
            for (int i = 0; i < n; i++) {
                gap[i] = gap[i].add(weights[i]);
                int byGap = i == 0 ? 0 : gap[i].compareTo(gap[best]);
                if (i > 0 && (byGap > 0 || byGap == 0 && quotas.tieBreak(i, best) < 0)) {
                    best = i;
                }
            }
            gap[best] = gap[best].subtract(period);
            persons[best]++;
        }
    }
}
