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

    /**
     * The better of two repairs: {@link #byEviction} and {@link #byRegretOrder}; refuses only when
     * both find no feasible allocation.
     */
    static int[] from(Instance instance, Prices work) {
        int[] evicted = null;
        try {
            evicted = byEviction(instance, work);
        } catch (InfeasibleInstanceException failed) {
            // try the other way
        }
        int[] ordered;
        try {
            ordered = byRegretOrder(instance, work);
        } catch (InfeasibleInstanceException failed) {
            if (evicted == null) {
                throw failed;
            }
            return evicted;
        }
        if (evicted == null) {
            return ordered;
        }
        return Allocation.objectiveOf(instance, evicted) >= Allocation.objectiveOf(instance, ordered) ? evicted : ordered;
    }

    /**
     * Every household starts at its best destination at current prices; where that overloads a
     * destination (persons or a service), the households that lose least by leaving (smallest regret
     * per person, or per unit of the overloaded service) leave until it fits; they then go, in order of
     * decreasing regret, to their best destination at current prices with room left; then minimums
     * and single improving moves as in {@link #byRegretOrder}.
     */
    static int[] byEviction(Instance instance, Prices work) {
        int n = instance.households();
        int m = instance.destinations();
        int k = instance.dimensions();
        int[] placement = work.choice.clone();
        Loads loads = new Loads(instance);
        for (int i = 0; i < n; i++) {
            loads.add(i, placement[i]);
        }
        int[] count = new int[m + 1];
        for (int i = 0; i < n; i++) {
            count[placement[i] + 1]++;
        }
        for (int d = 0; d < m; d++) {
            count[d + 1] += count[d];
        }
        int[] members = new int[n];
        int[] next = count.clone();
        for (int i = 0; i < n; i++) {
            members[next[placement[i]]++] = i;
        }
        boolean[] out = new boolean[n];
        int evictedCount = 0;
        for (int d = 0; d < m; d++) {
            for (int resource = -1; resource < k; resource++) {
                long over = resource < 0 ? loads.persons[d] - instance.room(d) : loads.used[d * k + resource] - instance.service(d, resource);
                if (over <= 0) {
                    continue;
                }
                int r = resource;
                long[] keys = new long[count[d + 1] - count[d]];
                int size = 0;
                for (int j = count[d]; j < count[d + 1]; j++) {
                    int i = members[j];
                    int amount = r < 0 ? instance.persons(i) : instance.need(i, r);
                    if (out[i] || amount == 0) {
                        continue;
                    }
                    float perUnit = Math.max(0f, work.regret[i]) / amount;
                    keys[size++] = ((long) Float.floatToIntBits(Math.min(1e30f, perUnit)) << 32) | i;
                }
                Arrays.sort(keys, 0, size);
                for (int j = 0; j < size && over > 0; j++) {
                    int i = (int) (keys[j] & 0xffffffffL);
                    out[i] = true;
                    evictedCount++;
                    loads.remove(i, d);
                    over -= r < 0 ? instance.persons(i) : instance.need(i, r);
                }
            }
        }
        int[] evicted = new int[evictedCount];
        int e = 0;
        for (int i = 0; i < n; i++) {
            if (out[i]) {
                evicted[e++] = i;
            }
        }
        // bulky first, then by regret, as in the other repair
        long[] order = new long[evictedCount];
        for (int j = 0; j < evictedCount; j++) {
            order[j] = orderKey(instance, work, evicted[j]);
        }
        Arrays.sort(order);
        for (int j = evictedCount - 1; j >= 0; j--) {
            int i = (int) (order[j] & 0xffffffffL);
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int d = 0; d < m; d++) {
                if (loads.fits(i, d)) {
                    double r = work.reduced(i, d);
                    if (r > bestValue) {
                        bestValue = r;
                        best = d;
                    }
                }
            }
            if (best < 0) {
                throw new InfeasibleInstanceException(List.of(new Infeasibility.JointlyInfeasible(
                        "no destination had room left for household " + instance.householdId(i) + " (row " + (i + 1) + ")")));
            }
            placement[i] = best;
            loads.add(i, best);
        }
        fillMinimums(instance, loads, placement);
        improve(instance, loads, placement);
        swapWithinProfiles(work, placement);
        return placement;
    }

    private static final int SWAP_CANDIDATES = 6;
    private static final int SWAP_PASSES = 3;

    /**
     * Exchanges of two households with the same persons and needs (a profile) between their
     * destinations where that raises the value: every load stays as it was, so the allocation stays
     * feasible. Each household looks at the few destinations where it would do best and at the
     * households of its profile placed there.
     */
    static void swapWithinProfiles(Prices work, int[] placement) {
        Instance instance = work.instance;
        int n = instance.households();
        int m = instance.destinations();
        int profiles = work.profiles();
        int[] start = new int[profiles * m + 1];
        for (int i = 0; i < n; i++) {
            start[work.profile[i] * m + placement[i] + 1]++;
        }
        for (int b = 0; b < profiles * m; b++) {
            start[b + 1] += start[b];
        }
        int[] members = new int[n];
        int[] position = new int[n];
        int[] fill = Arrays.copyOf(start, start.length);
        for (int i = 0; i < n; i++) {
            int b = work.profile[i] * m + placement[i];
            position[i] = fill[b];
            members[fill[b]++] = i;
        }
        int[] top = new int[SWAP_CANDIDATES];
        double[] topValue = new double[SWAP_CANDIDATES];
        for (int pass = 0; pass < SWAP_PASSES; pass++) {
            double gained = 0;
            for (int i = 0; i < n; i++) {
                int a = placement[i];
                double here = instance.value(i, a);
                Arrays.fill(topValue, Double.NEGATIVE_INFINITY);
                Arrays.fill(top, -1);
                for (int d = 0; d < m; d++) {
                    double v = instance.value(i, d);
                    if (d == a || !(v > here) || !instance.allowed(i, d) || v <= topValue[SWAP_CANDIDATES - 1]) {
                        continue;
                    }
                    int j = SWAP_CANDIDATES - 1;
                    while (j > 0 && topValue[j - 1] < v) {
                        topValue[j] = topValue[j - 1];
                        top[j] = top[j - 1];
                        j--;
                    }
                    topValue[j] = v;
                    top[j] = d;
                }
                int bestPartner = -1;
                double bestGain = 1e-12;
                for (int t = 0; t < SWAP_CANDIDATES && top[t] >= 0; t++) {
                    int b = top[t];
                    int bucket = work.profile[i] * m + b;
                    for (int q = start[bucket]; q < start[bucket + 1]; q++) {
                        int j = members[q];
                        if (!instance.allowed(j, a)) {
                            continue;
                        }
                        double gain = topValue[t] + instance.value(j, a) - here - instance.value(j, b);
                        if (gain > bestGain) {
                            bestGain = gain;
                            bestPartner = j;
                        }
                    }
                }
                if (bestPartner >= 0) {
                    int j = bestPartner;
                    int b = placement[j];
                    placement[i] = b;
                    placement[j] = a;
                    int pi = position[i];
                    int pj = position[j];
                    members[pi] = j;
                    members[pj] = i;
                    position[i] = pj;
                    position[j] = pi;
                    gained += bestGain;
                }
            }
            if (gained <= 0) {
                break;
            }
        }
    }

    private static long orderKey(Instance instance, Prices work, int i) {
        int bulk = instance.persons(i);
        for (int c = 0; c < instance.dimensions(); c++) {
            bulk += instance.need(i, c);
        }
        int regretKey = Float.floatToIntBits(Math.min(1e6f, Math.max(0f, work.regret[i]))) >>> 8;
        return ((long) Math.min(bulk, 127) << 56) | ((long) regretKey << 32) | i;
    }

    static int[] byRegretOrder(Instance instance, Prices work) {
        int n = instance.households();
        int m = instance.destinations();
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            // bulkier households first (they are the hardest to fit late), then by regret
            order[i] = orderKey(instance, work, i);
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
        swapWithinProfiles(work, placement);
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
