package org.pactum.core.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * The reasons an instance is certainly infeasible that can be seen without solving it: a
 * household that fits nowhere (too large for every capacity, incompatible everywhere, needing more
 * of a service than any destination has), a hard tie to a destination where the household cannot
 * go, totals of persons or services above what all destinations offer together, quota minimums
 * adding up to more than the arrivals, and a minimum that the households able to go there cannot
 * reach. An empty list does not prove feasibility: capacities may still clash jointly, which the
 * solvers report as {@link Infeasibility.JointlyInfeasible}.
 */
public final class Diagnosis {

    private static final int MAX_REASONS = 1000;

    private Diagnosis() {
    }

    public static List<Infeasibility> of(Instance instance) {
        List<Infeasibility> reasons = new ArrayList<>();
        int n = instance.households();
        int m = instance.destinations();
        int k = instance.dimensions();
        long[] reachable = new long[m];
        for (int i = 0; i < n; i++) {
            boolean fits = false;
            for (int d = 0; d < m; d++) {
                if (instance.fitsAlone(i, d)) {
                    fits = true;
                    reachable[d] += instance.persons(i);
                }
            }
            if (!fits && reasons.size() < MAX_REASONS) {
                if (instance.tiePolicy() instanceof TiePolicy.Hard && instance.tie(i).isPresent()) {
                    int d = instance.tie(i).get();
                    reasons.add(new Infeasibility.TieCannotBeHonoured(instance.householdId(i), i + 1, instance.destinationId(d), whyNot(instance, i, d)));
                } else {
                    List<String> why = new ArrayList<>();
                    for (int d = 0; d < m; d++) {
                        why.add(instance.destinationId(d) + ": " + whyNot(instance, i, d));
                    }
                    reasons.add(new Infeasibility.HouseholdFitsNowhere(instance.householdId(i), i + 1, instance.persons(i), why));
                }
            }
        }
        long persons = instance.totalPersons();
        long room = 0;
        long minimums = 0;
        List<String> withMinimum = new ArrayList<>();
        for (int d = 0; d < m; d++) {
            room += instance.room(d);
            minimums += instance.minimum(d);
            if (instance.minimum(d) > 0) {
                withMinimum.add(instance.destinationId(d));
            }
        }
        if (persons > room) {
            reasons.add(new Infeasibility.NotEnoughRoom(persons, room));
        }
        if (minimums > persons) {
            reasons.add(new Infeasibility.MinimumsExceedArrivals(minimums, persons, withMinimum));
        }
        for (int c = 0; c < k; c++) {
            long needed = 0;
            long available = 0;
            for (int i = 0; i < n; i++) {
                needed += instance.need(i, c);
            }
            for (int d = 0; d < m; d++) {
                available += instance.service(d, c);
            }
            if (needed > available) {
                reasons.add(new Infeasibility.NotEnoughService(instance.dimension(c), needed, available));
            }
        }
        for (int d = 0; d < m; d++) {
            if (reachable[d] < instance.minimum(d)) {
                reasons.add(new Infeasibility.MinimumUnreachable(instance.destinationId(d), instance.minimum(d), reachable[d]));
            }
        }
        return reasons;
    }

    /** The first reason household {@code i} cannot go to {@code d} even when {@code d} is empty; "fits" if it can. */
    static String whyNot(Instance instance, int i, int d) {
        if (Double.isNaN(instance.score(i, d))) {
            return "incompatible";
        }
        if (!instance.allowed(i, d)) {
            return "tied elsewhere";
        }
        if (instance.persons(i) > instance.capacity(d)) {
            return "capacity " + instance.capacity(d) + " persons";
        }
        if (instance.persons(i) > instance.maximum(d)) {
            return "quota maximum " + instance.maximum(d) + " persons";
        }
        for (int c = 0; c < instance.dimensions(); c++) {
            if (instance.need(i, c) > instance.service(d, c)) {
                return instance.dimension(c) + " " + instance.service(d, c) + " units, needs " + instance.need(i, c);
            }
        }
        return "fits";
    }

    /** Throws with every reason found, if any. */
    public static void requireNoObviousInfeasibility(Instance instance) {
        List<Infeasibility> reasons = of(instance);
        if (!reasons.isEmpty()) {
            throw new InfeasibleInstanceException(reasons);
        }
    }
}
