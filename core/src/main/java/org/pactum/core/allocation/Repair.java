package org.pactum.core.allocation;

import java.util.Arrays;
import java.util.List;

/**
 * Turns prices into a feasible allocation: bulkier households first (persons plus service units
 * needed), each bulk class in order of decreasing regret (how much
 * worse off they are at their second-best destination at current prices), each to the best
 * destination at current prices that still has room and services for it; then quota minimums
 * filled by moving in, one at a time, the household whose move costs least and keeps its old
 * destination at its minimum; then single moves to a destination with room that raise the value.
 */
final class Repair {

    private Repair() {
    }

    static int[] from(Instance instance, PriceSolver.Work work) {
        int n = instance.households();
        int m = instance.destinations();
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            // bulkier households first (they are the hardest to fit late), then by regret
            int bulk = instance.persons(i);
            for (int c = 0; c < instance.dimensions(); c++) {
                bulk += instance.need(i, c);
            }
            int regretKey = Float.floatToIntBits(Math.min(1e6f, Math.max(0f, work.regret[i]))) >>> 8;
            order[i] = ((long) Math.min(bulk, 127) << 56) | ((long) regretKey << 32) | i;
        }
        Arrays.sort(order);
        Loads loads = new Loads(instance);
        int[] placement = new int[n];
        for (int j = n - 1; j >= 0; j--) {
            int i = (int) (order[j] & 0xffffffffL);
            int d = work.choice[i];
            if (d < 0 || !loads.fits(i, d)) {
                d = -1;
                double best = Double.NEGATIVE_INFINITY;
                for (int e = 0; e < m; e++) {
                    if (loads.fits(i, e)) {
                        double r = work.reduced(i, e);
                        if (r > best) {
                            best = r;
                            d = e;
                        }
                    }
                }
            }
            if (d < 0) {
                throw new InfeasibleInstanceException(List.of(new Infeasibility.JointlyInfeasible(
                        "no destination had room left for household " + instance.householdId(i) + " (row " + (i + 1) + ")")));
            }
            placement[i] = d;
            loads.add(i, d);
        }
        fillMinimums(instance, loads, placement);
        improve(instance, loads, placement);
        return placement;
    }

    private static void fillMinimums(Instance instance, Loads loads, int[] placement) {
        int n = instance.households();
        for (int d = 0; d < instance.destinations(); d++) {
            if (loads.persons[d] >= instance.minimum(d)) {
                continue;
            }
            long[] candidates = new long[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                int from = placement[i];
                if (from != d && instance.allowed(i, d)) {
                    double loss = instance.value(i, from) - instance.value(i, d);
                    // order by loss: a float key that sorts like the number (losses can be negative)
                    int bits = Float.floatToIntBits((float) loss);
                    bits = bits < 0 ? bits ^ 0x7fffffff : bits;
                    candidates[count++] = ((long) bits << 32) | i;
                }
            }
            long[] ordered = Arrays.copyOf(candidates, count);
            Arrays.sort(ordered, 0, count);
            for (int j = 0; j < count && loads.persons[d] < instance.minimum(d); j++) {
                int i = (int) (ordered[j] & 0xffffffffL);
                int from = placement[i];
                if (loads.persons[from] - instance.persons(i) < instance.minimum(from) || !loads.fits(i, d)) {
                    continue;
                }
                loads.remove(i, from);
                placement[i] = d;
                loads.add(i, d);
            }
            if (loads.persons[d] < instance.minimum(d)) {
                throw new InfeasibleInstanceException(List.of(new Infeasibility.JointlyInfeasible(
                        "no household could be moved to " + instance.destinationId(d) + " to reach its quota minimum of " + instance.minimum(d))));
            }
        }
    }

    private static void improve(Instance instance, Loads loads, int[] placement) {
        int m = instance.destinations();
        for (int i = 0; i < instance.households(); i++) {
            int from = placement[i];
            if (loads.persons[from] - instance.persons(i) < instance.minimum(from)) {
                continue;
            }
            double current = instance.value(i, from);
            int best = from;
            double bestValue = current;
            for (int d = 0; d < m; d++) {
                if (d != from && instance.value(i, d) > bestValue && loads.fits(i, d)) {
                    best = d;
                    bestValue = instance.value(i, d);
                }
            }
            if (best != from) {
                loads.remove(i, from);
                placement[i] = best;
                loads.add(i, best);
            }
        }
    }
}
