package org.pactum.core.allocation;

import java.util.List;

/**
 * The two ways households are placed today, against which the optimisation is measured. Both take
 * households in the order given (their order of arrival) and place each one for good.
 *
 * <ul>
 *   <li>{@link #quotaOnly}: Germany's EASY rule, blind to outcomes: each household goes to the
 *   destination furthest below its quota where it fits, the quota share of a destination being its
 *   quota maximum over the sum of all maximums; "furthest below" is {@code share × persons placed
 *   so far (counting this household) − persons placed there}, ties to the first destination.</li>
 *   <li>{@link #greedy}: each household goes to the destination where it fits with its highest
 *   value (score, plus tie weight), the rule of thumb that outcome-aware matching before
 *   optimisation used.</li>
 * </ul>
 *
 * Neither looks ahead, so either can leave a later household with no place or a quota minimum
 * unmet; they then refuse with the reason rather than return a partial allocation.
 */
public final class Baselines {

    private Baselines() {
    }

    public static Allocation quotaOnly(Instance instance) {
        long start = System.nanoTime();
        Diagnosis.requireNoObviousInfeasibility(instance);
        int n = instance.households();
        int m = instance.destinations();
        double totalMaximum = 0;
        for (int d = 0; d < m; d++) {
            totalMaximum += instance.maximum(d);
        }
        Loads loads = new Loads(instance);
        int[] placement = new int[n];
        long placed = 0;
        for (int i = 0; i < n; i++) {
            long afterThis = placed + instance.persons(i);
            int best = -1;
            double bestDistance = Double.NEGATIVE_INFINITY;
            for (int d = 0; d < m; d++) {
                if (!loads.fits(i, d)) {
                    continue;
                }
                double share = totalMaximum == 0 ? 0 : instance.maximum(d) / totalMaximum;
                double distance = share * afterThis - loads.persons[d];
                if (distance > bestDistance) {
                    bestDistance = distance;
                    best = d;
                }
            }
            placement[i] = place(instance, loads, i, best, "quota-only");
            placed = afterThis;
        }
        return finish(instance, loads, placement, "quota-only (EASY)", start);
    }

    public static Allocation greedy(Instance instance) {
        long start = System.nanoTime();
        Diagnosis.requireNoObviousInfeasibility(instance);
        int n = instance.households();
        int m = instance.destinations();
        Loads loads = new Loads(instance);
        int[] placement = new int[n];
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int d = 0; d < m; d++) {
                if (loads.fits(i, d) && instance.value(i, d) > bestValue) {
                    bestValue = instance.value(i, d);
                    best = d;
                }
            }
            placement[i] = place(instance, loads, i, best, "greedy");
        }
        return finish(instance, loads, placement, "greedy", start);
    }

    private static int place(Instance instance, Loads loads, int i, int d, String method) {
        if (d < 0) {
            throw new InfeasibleInstanceException(List.of(new Infeasibility.JointlyInfeasible(
                    "the " + method + " rule found no destination with room left for household " + instance.householdId(i)
                            + " (row " + (i + 1) + ") after placing the " + i + " before it")));
        }
        loads.add(i, d);
        return d;
    }

    private static Allocation finish(Instance instance, Loads loads, int[] placement, String method, long start) {
        String shortfalls = loads.shortfalls();
        if (!shortfalls.isEmpty()) {
            throw new InfeasibleInstanceException(List.of(new Infeasibility.JointlyInfeasible(
                    "the " + method + " rule leaves quota minimums unmet: " + shortfalls)));
        }
        double objective = Allocation.objectiveOf(instance, placement);
        return new Allocation(method, placement, objective, Double.NaN, (System.nanoTime() - start) / 1_000_000);
    }
}
