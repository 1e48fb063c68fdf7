package org.pactum.core.allocation;

/** Persons and service units placed so far at each destination, and whether a household still fits. */
final class Loads {

    final Instance instance;
    final long[] persons;
    final long[] used;
    private final int k;

    Loads(Instance instance) {
        this.instance = instance;
        this.k = instance.dimensions();
        this.persons = new long[instance.destinations()];
        this.used = new long[instance.destinations() * k];
    }

    boolean fits(int i, int d) {
        if (!instance.allowed(i, d) || persons[d] + instance.persons(i) > instance.room(d)) {
            return false;
        }
        for (int c = 0; c < k; c++) {
            if (used[d * k + c] + instance.need(i, c) > instance.service(d, c)) {
                return false;
            }
        }
        return true;
    }

    void add(int i, int d) {
        persons[d] += instance.persons(i);
        for (int c = 0; c < k; c++) {
            used[d * k + c] += instance.need(i, c);
        }
    }

    void remove(int i, int d) {
        persons[d] -= instance.persons(i);
        for (int c = 0; c < k; c++) {
            used[d * k + c] -= instance.need(i, c);
        }
    }

    /** The destinations still below their quota minimum, as a sentence; empty if none. */
    String shortfalls() {
        StringBuilder out = new StringBuilder();
        for (int d = 0; d < instance.destinations(); d++) {
            if (persons[d] < instance.minimum(d)) {
                out.append(out.length() == 0 ? "" : ", ").append(instance.destinationId(d)).append(" has ").append(persons[d])
                        .append(" of its minimum ").append(instance.minimum(d));
            }
        }
        return out.toString();
    }
}
