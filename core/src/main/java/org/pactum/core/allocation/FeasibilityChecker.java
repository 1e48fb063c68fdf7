package org.pactum.core.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a placement against every rule, independently of the method that produced it: each
 * household placed exactly once at an allowed destination (compatible, and at its tie under hard
 * ties), persons within capacity and quota maximum, quota minimums reached, service capacities
 * respected. Returns the violations, each as a sentence; an empty list means feasible.
 */
public final class FeasibilityChecker {

    private FeasibilityChecker() {
    }

    public static List<String> violations(Instance instance, int[] destinationOf) {
        List<String> violations = new ArrayList<>();
        int n = instance.households();
        int m = instance.destinations();
        int k = instance.dimensions();
        if (destinationOf.length != n) {
            violations.add("the placement lists " + destinationOf.length + " households, the instance has " + n);
            return violations;
        }
        long[] persons = new long[m];
        long[] used = new long[m * k];
        for (int i = 0; i < n; i++) {
            int d = destinationOf[i];
            if (d < 0 || d >= m) {
                violations.add("household " + instance.householdId(i) + " is not placed");
                continue;
            }
            if (Double.isNaN(instance.score(i, d))) {
                violations.add("household " + instance.householdId(i) + " is placed at " + instance.destinationId(d) + ", which is incompatible");
            }
            if (instance.tiePolicy() instanceof TiePolicy.Hard && instance.tie(i).isPresent() && instance.tie(i).get() != d) {
                violations.add("household " + instance.householdId(i) + " is tied to " + instance.destinationId(instance.tie(i).get())
                        + " but placed at " + instance.destinationId(d));
            }
            persons[d] += instance.persons(i);
            for (int c = 0; c < k; c++) {
                used[d * k + c] += instance.need(i, c);
            }
        }
        for (int d = 0; d < m; d++) {
            String id = instance.destinationId(d);
            if (persons[d] > instance.capacity(d)) {
                violations.add(id + " receives " + persons[d] + " persons, above its capacity of " + instance.capacity(d));
            }
            if (persons[d] > instance.maximum(d)) {
                violations.add(id + " receives " + persons[d] + " persons, above its quota maximum of " + instance.maximum(d));
            }
            if (persons[d] < instance.minimum(d)) {
                violations.add(id + " receives " + persons[d] + " persons, below its quota minimum of " + instance.minimum(d));
            }
            for (int c = 0; c < k; c++) {
                if (used[d * k + c] > instance.service(d, c)) {
                    violations.add(id + " needs " + used[d * k + c] + " units of " + instance.dimension(c) + ", above its capacity of " + instance.service(d, c));
                }
            }
        }
        return violations;
    }

    public static boolean feasible(Instance instance, int[] destinationOf) {
        return violations(instance, destinationOf).isEmpty();
    }
}
