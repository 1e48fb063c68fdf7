package org.pactum.core.allocation;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A household to be placed as one unit (families are never split): a pseudonymous id, how many
 * persons it counts, how many units of each service dimension it needs (for example one
 * large-family housing unit, two medical places, three language-course places), and the
 * destination it has ties to (relatives, a job offer), if any.
 */
public record Household(String id, int persons, int[] needs, Optional<String> tiedTo) {

    public Household {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(needs, "needs");
        Objects.requireNonNull(tiedTo, "tied to");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a household needs an id");
        }
        if (persons < 1) {
            throw new IllegalArgumentException("household " + id + " must count at least one person, was " + persons);
        }
        needs = needs.clone();
        for (int need : needs) {
            if (need < 0) {
                throw new IllegalArgumentException("household " + id + " cannot need a negative number of service units: " + Arrays.toString(needs));
            }
        }
    }

    public static Household of(String id, int persons, int... needs) {
        return new Household(id, persons, needs, Optional.empty());
    }

    public Household tiedTo(String destination) {
        return new Household(id, persons, needs, Optional.of(destination));
    }

    @Override
    public int[] needs() {
        return needs.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Household h && h.id.equals(id) && h.persons == persons
                && Arrays.equals(h.needs, needs) && h.tiedTo.equals(tiedTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, persons, Arrays.hashCode(needs), tiedTo);
    }

    @Override
    public String toString() {
        return "Household[" + id + ", " + persons + " persons, needs " + Arrays.toString(needs) + tiedTo.map(t -> ", tied to " + t).orElse("") + "]";
    }
}
