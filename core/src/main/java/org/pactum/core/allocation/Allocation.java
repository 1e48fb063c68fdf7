package org.pactum.core.allocation;

import java.util.Objects;

/**
 * A placement of every household (never a partial one) and what is known of its quality:
 * {@code objective} is the sum of the values of the placements (scores, plus tie weights where
 * ties are weighted), {@code upperBound} a proven bound that no allocation of the instance can
 * exceed (the optimum of the linear relaxation or a Lagrangian dual value, which is at least that),
 * and {@link #gap()} the relative distance between the two. {@code method} names what produced it.
 */
public record Allocation(String method, int[] destinationOf, double objective, double upperBound, long millis) {

    public Allocation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(destinationOf, "destination of each household");
        if (!(upperBound >= objective - 1e-6 * Math.max(1, Math.abs(objective))) && !Double.isNaN(upperBound)) {
            throw new IllegalArgumentException("the upper bound " + upperBound + " is below the objective " + objective);
        }
    }

    /** The relative gap {@code (upperBound − objective) / upperBound}: the allocation is within this share of the best possible. */
    public double gap() {
        if (Double.isNaN(upperBound)) {
            return Double.NaN;
        }
        return upperBound <= 0 ? 0 : Math.max(0, (upperBound - objective) / upperBound);
    }

    public int destinationOf(int household) {
        return destinationOf[household];
    }

    public int households() {
        return destinationOf.length;
    }

    /** The objective of {@code placement} on {@code instance}, summed here from the instance's values. */
    public static double objectiveOf(Instance instance, int[] placement) {
        double total = 0;
        for (int i = 0; i < placement.length; i++) {
            total += instance.value(i, placement[i]);
        }
        return total;
    }

    /** The same allocation with a (tighter or newly computed) upper bound. */
    public Allocation withUpperBound(double bound) {
        return new Allocation(method, destinationOf, objective, bound, millis);
    }
}
