package org.pactum.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dynamic mode: households arrive in weekly batches against annual capacities and quotas, and each
 * batch is placed for good before the next arrives. So that early batches do not take the best
 * places, each week's placement uses prices: the dual prices of the rest of the year, estimated by
 * the price method on the households seen so far (a sample of who is still to come) against the
 * remaining room, services and unmet minimums scaled to that sample's size. The batch's households
 * then go, in order of decreasing regret, each to its best destination at those prices that still
 * has room. The one-year simulation is compared with the hindsight optimum: the best allocation of
 * the whole year known in advance (its proven upper bound, so the share reported is a lower bound
 * on the true share). Placements are final: a household arriving when no destination has room
 * left for it is reported as unplaced, with its week, never dropped silently.
 */
public final class DynamicMode {

    /**
     * The year's placement ({@code -1} for a household that found no room left when it arrived, each
     * listed in {@code unplaced}), its objective (placed households only), the hindsight bound and
     * best allocation, and what the checker found.
     */
    public record Result(int[] placement, double objective, double hindsightBound, double hindsightObjective, List<String> violations,
                         List<String> unplaced) {

        /** The share of the hindsight optimum reached, at least (the bound is at least the optimum). */
        public double shareOfHindsight() {
            return objective / hindsightBound;
        }
    }

    private static final int PRICE_ROUNDS = 40;

    private DynamicMode() {
    }

    public static Result simulate(Instance year, int weeks, PriceSolver.Settings hindsight) {
        if (weeks < 1 || weeks > year.households()) {
            throw new IllegalArgumentException("between one week and one week per household, was " + weeks);
        }
        Diagnosis.requireNoObviousInfeasibility(year);
        int n = year.households();
        int m = year.destinations();
        int k = year.dimensions();
        Loads loads = new Loads(year);
        int[] placement = new int[n];
        Arrays.fill(placement, -1);
        List<String> unplaced = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            int from = (int) ((long) n * w / weeks);
            int to = (int) ((long) n * (w + 1) / weeks);
            if (from == to) {
                continue;
            }
            double scale = (double) to / (n - from);
            Instance outlook = outlook(year, loads, to, scale);
            PriceSolver.Work prices = new PriceSolver.Work(outlook, 1);
            for (int r = 0; r < PRICE_ROUNDS; r++) {
                prices.evaluate();
                prices.adjust();
            }
            PriceSolver.Work batch = new PriceSolver.Work(year, 1);
            System.arraycopy(prices.pi, 0, batch.pi, 0, m);
            System.arraycopy(prices.mu, 0, batch.mu, 0, m * k);
            Integer[] order = new Integer[to - from];
            double[] regret = new double[n];
            for (int i = from; i < to; i++) {
                order[i - from] = i;
                double best = Double.NEGATIVE_INFINITY;
                double second = Double.NEGATIVE_INFINITY;
                for (int d = 0; d < m; d++) {
                    double r = batch.reduced(i, d);
                    if (r > best) {
                        second = best;
                        best = r;
                    } else if (r > second) {
                        second = r;
                    }
                }
                regret[i] = best - second;
            }
            Arrays.sort(order, (a, b) -> Double.compare(regret[b], regret[a]));
            for (int i : order) {
                int chosen = -1;
                double best = Double.NEGATIVE_INFINITY;
                for (int d = 0; d < m; d++) {
                    if (loads.fits(i, d)) {
                        double r = batch.reduced(i, d);
                        if (r > best) {
                            best = r;
                            chosen = d;
                        }
                    }
                }
                if (chosen < 0) {
                    // placements are final in dynamic mode: a household that finds no room left is reported, never dropped silently
                    unplaced.add("week " + (w + 1) + ": no destination had room left for household " + year.householdId(i) + " (row " + (i + 1) + ")");
                    continue;
                }
                placement[i] = chosen;
                loads.add(i, chosen);
            }
        }
        PriceSolver.Result best = new PriceSolver(hindsight).solve(year);
        double objective = 0;
        for (int i = 0; i < n; i++) {
            if (placement[i] >= 0) {
                objective += year.value(i, placement[i]);
            }
        }
        return new Result(placement, objective, Math.max(best.allocation().upperBound(), objective), best.allocation().objective(),
                FeasibilityChecker.violations(year, placement), unplaced);
    }

    /** The households seen so far against what is left of each destination for the rest of the year, scaled to their number. */
    private static Instance outlook(Instance year, Loads loads, int seen, double scale) {
        int m = year.destinations();
        int k = year.dimensions();
        List<Household> households = new ArrayList<>(seen);
        for (int i = 0; i < seen; i++) {
            households.add(year.household(i));
        }
        float[] scores = Arrays.copyOf(year.scoreTable(), seen * m);
        List<Destination> destinations = new ArrayList<>(m);
        for (int d = 0; d < m; d++) {
            int room = (int) Math.max(0, Math.round((year.room(d) - loads.persons[d]) * scale));
            int minimum = (int) Math.min(room, Math.max(0, Math.round((year.minimum(d) - loads.persons[d]) * scale)));
            int[] services = new int[k];
            for (int c = 0; c < k; c++) {
                services[c] = (int) Math.max(0, Math.round((year.service(d, c) - loads.used[d * k + c]) * scale));
            }
            destinations.add(new Destination(year.destinationId(d), room, minimum, room, services));
        }
        return Instance.of(households, destinations, year.dimensionNames(), scores, year.tiePolicy());
    }
}
