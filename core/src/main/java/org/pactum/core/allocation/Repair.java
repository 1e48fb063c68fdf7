package org.pactum.core.allocation;

import java.util.Arrays;
import java.util.List;

/**
 * Turns prices into a feasible allocation: bulkier households first (persons plus service units
 * needed), each bulk class in order of decreasing regret (how much
 * worse off they are at their second-best destination at current prices), each to the best
 * destination at current prices that still has room and services for it (where none has, room is
 * made by moving on the households there that lose least); then quota minimums filled by moving in,
 * one at a time, the household whose move costs least per person and keeps its old destination at
 * its minimum; then single moves to a destination with room that raise the value; then exchanges of
 * two households with the same persons and needs, which leave every load as it was.
 */
final class Repair {

    private Repair() {
    }

    /**
     * Bulkier households first (persons plus service units needed), each bulk class in order of
     * decreasing regret, each to its best destination at current prices with room left (or, where
     * none is left, to where making room by moving others on costs least); then quota minimums;
     * then single improving moves; then exchanges within a profile.
     */
    static int[] from(Instance instance, Prices work) {
        return byRegretOrder(instance, work, true);
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

    private static final int EJECTION_DEPTH = 3;

    /**
     * Places household {@code i}, which fits nowhere as things stand, at the destination where
     * making room costs least: households placed there leave (smallest regret per person first, only
     * those that free something {@code i} lacks) and are placed again, the same way, to a limited
     * depth; refuses when no chain of moves makes room.
     */
    private static void placeEjecting(Instance instance, Prices work, Loads loads, int[] placement, int i, int depth) {
        int n = instance.households();
        int m = instance.destinations();
        int k = instance.dimensions();
        if (depth > 0) {
            int bestD = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            int[] bestOut = null;
            // the households at each destination, in one pass
            int[] start = new int[m + 1];
            for (int j = 0; j < n; j++) {
                if (placement[j] >= 0) {
                    start[placement[j] + 1]++;
                }
            }
            for (int d = 0; d < m; d++) {
                start[d + 1] += start[d];
            }
            int[] members = new int[start[m]];
            int[] fill = Arrays.copyOf(start, m);
            for (int j = 0; j < n; j++) {
                if (placement[j] >= 0) {
                    members[fill[placement[j]]++] = j;
                }
            }
            for (int d = 0; d < m; d++) {
                if (!instance.fitsAlone(i, d)) {
                    continue;
                }
                int size = start[d + 1] - start[d];
                long[] keys = new long[size];
                for (int q = 0; q < size; q++) {
                    int j = members[start[d] + q];
                    keys[q] = ((long) Float.floatToIntBits(Math.max(0f, work.regret[j]) / instance.persons(j)) << 32) | j;
                }
                Arrays.sort(keys);
                long personsShort = loads.persons[d] + instance.persons(i) - instance.room(d);
                long[] serviceShort = new long[k];
                for (int c = 0; c < k; c++) {
                    serviceShort[c] = loads.used[d * k + c] + instance.need(i, c) - instance.service(d, c);
                }
                double cost = -work.reduced(i, d);
                int[] out = new int[size];
                int outCount = 0;
                for (int q = 0; q < size && (personsShort > 0 || anyPositive(serviceShort)); q++) {
                    int j = (int) (keys[q] & 0xffffffffL);
                    boolean helps = personsShort > 0;
                    for (int c = 0; c < k && !helps; c++) {
                        helps = serviceShort[c] > 0 && instance.need(j, c) > 0;
                    }
                    if (!helps) {
                        continue;
                    }
                    out[outCount++] = j;
                    cost += Math.max(0f, work.regret[j]);
                    personsShort -= instance.persons(j);
                    for (int c = 0; c < k; c++) {
                        serviceShort[c] -= instance.need(j, c);
                    }
                }
                if (personsShort <= 0 && !anyPositive(serviceShort) && cost < bestCost) {
                    bestCost = cost;
                    bestD = d;
                    bestOut = Arrays.copyOf(out, outCount);
                }
            }
            if (bestD >= 0) {
                for (int j : bestOut) {
                    loads.remove(j, bestD);
                    placement[j] = -1;
                }
                placement[i] = bestD;
                loads.add(i, bestD);
                for (int j : bestOut) {
                    int to = -1;
                    double best = Double.NEGATIVE_INFINITY;
                    for (int e = 0; e < m; e++) {
                        if (e != bestD && loads.fits(j, e)) {
                            double r = work.reduced(j, e);
                            if (r > best) {
                                best = r;
                                to = e;
                            }
                        }
                    }
                    if (to >= 0) {
                        placement[j] = to;
                        loads.add(j, to);
                    } else {
                        placeEjecting(instance, work, loads, placement, j, depth - 1);
                    }
                }
                return;
            }
        }
        throw new InfeasibleInstanceException(List.of(new Infeasibility.JointlyInfeasible(
                "no destination had room left for household " + instance.householdId(i) + " (row " + (i + 1) + ")")));
    }

    private static boolean anyPositive(long[] values) {
        for (long v : values) {
            if (v > 0) {
                return true;
            }
        }
        return false;
    }

    private static final boolean TRACE = Boolean.getBoolean("pactum.allocation.trace");

    private static void trace(String format, Object... values) {
        if (TRACE) {
            System.err.println("  repair " + String.format(java.util.Locale.ROOT, format, values));
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

    private static int[] byRegretOrder(Instance instance, Prices work, boolean bulkFirst) {
        int n = instance.households();
        int m = instance.destinations();
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            // bulkier households first (they are the hardest to fit late), then by regret
            order[i] = bulkFirst ? orderKey(instance, work, i)
                    : ((long) (Float.floatToIntBits(Math.min(1e6f, Math.max(0f, work.regret[i]))) >>> 1) << 32) | i;
        }
        Arrays.sort(order);
        Loads loads = new Loads(instance);
        int[] placement = new int[n];
        Arrays.fill(placement, -1);
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
                placeEjecting(instance, work, loads, placement, i, EJECTION_DEPTH);
                continue;
            }
            placement[i] = d;
            loads.add(i, d);
        }
        trace("ordered: placed %.3f", Allocation.objectiveOf(instance, placement));
        fillMinimums(instance, loads, placement);
        trace("minimums %.3f", Allocation.objectiveOf(instance, placement));
        improve(instance, loads, placement);
        trace("moves %.3f", Allocation.objectiveOf(instance, placement));
        swapWithinProfiles(work, placement);
        trace("swaps %.3f", Allocation.objectiveOf(instance, placement));
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
                    double loss = (instance.value(i, from) - instance.value(i, d)) / instance.persons(i);
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
