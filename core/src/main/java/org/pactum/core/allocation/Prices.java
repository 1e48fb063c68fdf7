package org.pactum.core.allocation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Prices per destination (one for persons: positive where room is short, negative where a quota
 * minimum needs filling) and per destination and service dimension (never negative), and one pass
 * over all households at those prices: each household's best destination, its regret (how much
 * worse off it is at its second best), the load that results, and the Lagrangian dual value, a
 * proven upper bound on every allocation.
 *
 * <p>Households with the same persons and service needs cost the same at a destination, so the
 * price of a place is computed once per such profile and destination; a pass then costs one
 * subtraction and one comparison per household and destination, spread over the threads given.
 * Where a profile cannot fit at a destination even alone (too many persons, a service above its
 * capacity) the price is infinite.
 */
final class Prices {

    final Instance instance;
    final int n;
    final int m;
    final int k;
    final float[] scores;
    final double[] pi;
    final double[] mu;
    final int[] choice;
    final float[] regret;
    final long[] load;
    final long[] used;
    /** The profile of each household (persons and needs); households of a profile cost the same everywhere. */
    final int[] profile;
    final int[] profilePersons;
    final int[] profileNeeds;
    /** Whether a profile fits at a destination when it is empty. */
    final boolean[] profileFits;
    /** The price of a place for a profile at a destination, refreshed at every pass. */
    final double[] cost;
    private final boolean hardTies;
    private final double tieBonus;
    private final int threads;

    Prices(Instance instance, int threads) {
        this.instance = instance;
        this.n = instance.households();
        this.m = instance.destinations();
        this.k = instance.dimensions();
        this.scores = instance.scoreTable();
        this.threads = Math.max(1, threads);
        this.hardTies = instance.tiePolicy() instanceof TiePolicy.Hard;
        this.tieBonus = instance.tiePolicy() instanceof TiePolicy.Weighted w ? w.bonus() : 0;
        pi = new double[m];
        mu = new double[m * k];
        choice = new int[n];
        regret = new float[n];
        load = new long[m];
        used = new long[m * k];
        profile = new int[n];
        Map<List<Integer>, Integer> profiles = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer[] key = new Integer[k + 1];
            key[0] = instance.persons(i);
            for (int c = 0; c < k; c++) {
                key[c + 1] = instance.need(i, c);
            }
            profile[i] = profiles.computeIfAbsent(List.of(key), x -> profiles.size());
        }
        int count = profiles.size();
        profilePersons = new int[count];
        profileNeeds = new int[count * k];
        profiles.forEach((key, p) -> {
            profilePersons[p] = key.get(0);
            for (int c = 0; c < k; c++) {
                profileNeeds[p * k + c] = key.get(c + 1);
            }
        });
        profileFits = new boolean[count * m];
        for (int p = 0; p < count; p++) {
            for (int d = 0; d < m; d++) {
                boolean fits = profilePersons[p] <= instance.room(d);
                for (int c = 0; c < k && fits; c++) {
                    fits = profileNeeds[p * k + c] <= instance.service(d, c);
                }
                profileFits[p * m + d] = fits;
            }
        }
        cost = new double[count * m];
    }

    int profiles() {
        return profilePersons.length;
    }

    /** The price household {@code i} pays at {@code d} at current prices (infinite where it cannot fit even alone). */
    double price(int i, int d) {
        int p = profile[i];
        if (!profileFits[p * m + d]) {
            return Double.POSITIVE_INFINITY;
        }
        double c = pi[d] * profilePersons[p];
        for (int s = 0; s < k; s++) {
            int a = profileNeeds[p * k + s];
            if (a != 0) {
                c += mu[d * k + s] * a;
            }
        }
        return c;
    }

    /** The reduced value of household {@code i} at {@code d} at current prices (−∞ where it may not go or cannot fit). */
    double reduced(int i, int d) {
        if (!instance.allowed(i, d)) {
            return Double.NEGATIVE_INFINITY;
        }
        return instance.value(i, d) - price(i, d);
    }

    /** The constant part of the Lagrangian: prices times room (or minimum, for a negative persons price) and service capacities. */
    double priceOfCapacities() {
        double total = 0;
        for (int d = 0; d < m; d++) {
            total += pi[d] >= 0 ? pi[d] * instance.room(d) : pi[d] * instance.minimum(d);
            for (int c = 0; c < k; c++) {
                total += mu[d * k + c] * instance.service(d, c);
            }
        }
        return total;
    }

    private void refreshCosts() {
        for (int p = 0; p < profilePersons.length; p++) {
            for (int d = 0; d < m; d++) {
                if (!profileFits[p * m + d]) {
                    cost[p * m + d] = Double.POSITIVE_INFINITY;
                    continue;
                }
                double c = pi[d] * profilePersons[p];
                for (int s = 0; s < k; s++) {
                    int a = profileNeeds[p * k + s];
                    if (a != 0) {
                        c += mu[d * k + s] * a;
                    }
                }
                cost[p * m + d] = c;
            }
        }
    }

    /** Optional per-pass counts for the market-clearing price update; null when not wanted. */
    interface Counter {
        void count(int chunk, int i, int best, double bestValue, double gap, Prices prices);
    }

    /**
     * One pass: every household's best destination at current prices, its regret and the loads;
     * returns the Lagrangian dual value, an upper bound on every allocation.
     */
    double evaluate() {
        return evaluate(null, 1);
    }

    double evaluate(Counter counter, int counterChunks) {
        refreshCosts();
        int chunks = counter == null ? threads : counterChunks;
        double[] partial = new double[chunks];
        long[][] loads = new long[chunks][m];
        long[][] uses = new long[chunks][m * k];
        IntStream.range(0, chunks).parallel().forEach(t -> {
            int from = (int) ((long) n * t / chunks);
            int to = (int) ((long) n * (t + 1) / chunks);
            double sum = 0;
            long[] ld = loads[t];
            long[] us = uses[t];
            for (int i = from; i < to; i++) {
                int p = profile[i];
                int costBase = p * m;
                int base = i * m;
                double best = Double.NEGATIVE_INFINITY;
                double second = Double.NEGATIVE_INFINITY;
                int bestD = -1;
                int tied = instance.tieIndex(i);
                if (tied >= 0 && hardTies) {
                    double v = scores[base + tied] - cost[costBase + tied];
                    if (v == v) {
                        best = v;
                        bestD = tied;
                    }
                } else {
                    for (int d = 0; d < m; d++) {
                        double v = scores[base + d] - cost[costBase + d];
                        if (d == tied) {
                            v += tieBonus;
                        }
                        if (v > second) {
                            if (v > best) {
                                second = best;
                                best = v;
                                bestD = d;
                            } else {
                                second = v;
                            }
                        }
                    }
                }
                if (bestD < 0) {
                    throw new IllegalStateException("household " + instance.householdId(i) + " fits nowhere");
                }
                choice[i] = bestD;
                double gap = second == Double.NEGATIVE_INFINITY ? 1e9 : best - second;
                regret[i] = (float) gap;
                sum += best;
                ld[bestD] += profilePersons[p];
                for (int c = 0; c < k; c++) {
                    us[bestD * k + c] += profileNeeds[p * k + c];
                }
                if (counter != null) {
                    counter.count(t, i, bestD, best, gap, this);
                }
            }
            partial[t] = sum;
        });
        Arrays.fill(load, 0);
        Arrays.fill(used, 0);
        double bound = 0;
        for (int t = 0; t < chunks; t++) {
            bound += partial[t];
            for (int d = 0; d < m; d++) {
                load[d] += loads[t][d];
            }
            for (int j = 0; j < m * k; j++) {
                used[j] += uses[t][j];
            }
        }
        return bound + priceOfCapacities();
    }

    /** The reduced value of household {@code i} at {@code d} from the cost table of the last pass (fast; −∞ where it may not go). */
    double reducedAtLastPass(int i, int d) {
        int tied = instance.tieIndex(i);
        if (hardTies && tied >= 0 && tied != d) {
            return Double.NEGATIVE_INFINITY;
        }
        double v = scores[i * m + d] - cost[profile[i] * m + d];
        if (v != v) {
            return Double.NEGATIVE_INFINITY;
        }
        return d == tied ? v + tieBonus : v;
    }
}
