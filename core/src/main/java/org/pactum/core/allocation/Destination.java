package org.pactum.core.allocation;

import java.util.Arrays;
import java.util.Objects;

/**
 * A destination (a Member State or a municipality) for the period: its reception capacity in
 * persons, its quota as a minimum and a maximum number of persons (for example from a fair-share
 * key), and its capacity in each service dimension (large-family housing units, medical places,
 * language-course places, ...). The persons placed there may exceed neither the capacity nor the
 * quota maximum and must reach the quota minimum.
 */
public record Destination(String id, int capacity, int minimum, int maximum, int[] services) {

    public Destination {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(services, "services");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a destination needs an id");
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("destination " + id + " cannot have a negative capacity, was " + capacity);
        }
        if (minimum < 0 || maximum < minimum) {
            throw new IllegalArgumentException("destination " + id + " needs a quota with 0 <= minimum <= maximum, was " + minimum + " to " + maximum);
        }
        services = services.clone();
        for (int service : services) {
            if (service < 0) {
                throw new IllegalArgumentException("destination " + id + " cannot have a negative service capacity: " + Arrays.toString(services));
            }
        }
    }

    /** A destination whose quota is anything from zero up to its capacity. */
    public static Destination of(String id, int capacity, int... services) {
        return new Destination(id, capacity, 0, capacity, services);
    }

    /** The most persons it can take: the smaller of its capacity and its quota maximum. */
    public int room() {
        return Math.min(capacity, maximum);
    }

    @Override
    public int[] services() {
        return services.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Destination d && d.id.equals(id) && d.capacity == capacity && d.minimum == minimum
                && d.maximum == maximum && Arrays.equals(d.services, services);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, capacity, minimum, maximum, Arrays.hashCode(services));
    }

    @Override
    public String toString() {
        return "Destination[" + id + ", capacity " + capacity + ", quota " + minimum + " to " + maximum + ", services " + Arrays.toString(services) + "]";
    }
}
