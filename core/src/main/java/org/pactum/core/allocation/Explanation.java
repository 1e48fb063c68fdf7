package org.pactum.core.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a household was placed where it was: its score at the chosen destination, the destination
 * where its score is highest among the others it may go to, that score, and what stood in the way
 * there in the final allocation (room, a service, or nothing: then moving it alone would have left
 * the total no better, for example because it would have pushed its own destination below its
 * quota minimum or because the place was kept for a household that gains more).
 */
public record Explanation(String household, String chosen, double chosenScore, Optional<String> bestAlternative,
                          double alternativeScore, List<String> binding) {

    public Explanation {
        binding = List.copyOf(binding);
    }

    /** One explanation per household of {@code placement} on {@code instance}. */
    public static List<Explanation> of(Instance instance, int[] placement) {
        Loads loads = new Loads(instance);
        for (int i = 0; i < placement.length; i++) {
            loads.add(i, placement[i]);
        }
        List<Explanation> explanations = new ArrayList<>(placement.length);
        for (int i = 0; i < placement.length; i++) {
            explanations.add(of(instance, loads, placement, i));
        }
        return explanations;
    }

    private static Explanation of(Instance instance, Loads loads, int[] placement, int i) {
        int chosen = placement[i];
        int best = -1;
        for (int d = 0; d < instance.destinations(); d++) {
            if (d != chosen && instance.allowed(i, d) && (best < 0 || instance.score(i, d) > instance.score(i, best))) {
                best = d;
            }
        }
        if (best < 0) {
            return new Explanation(instance.householdId(i), instance.destinationId(chosen), instance.score(i, chosen), Optional.empty(), Double.NaN,
                    List.of("no other destination is compatible"));
        }
        List<String> binding = new ArrayList<>();
        long room = instance.room(best) - loads.persons[best];
        if (room < instance.persons(i)) {
            binding.add(instance.destinationId(best) + " has room for " + room + " more persons, the household counts " + instance.persons(i));
        }
        for (int c = 0; c < instance.dimensions(); c++) {
            long left = instance.service(best, c) - loads.used[best * instance.dimensions() + c];
            if (left < instance.need(i, c)) {
                binding.add(instance.destinationId(best) + " has " + left + " " + instance.dimension(c) + " left, the household needs " + instance.need(i, c));
            }
        }
        if (loads.persons[chosen] - instance.persons(i) < instance.minimum(chosen)) {
            binding.add(instance.destinationId(chosen) + " would fall below its quota minimum of " + instance.minimum(chosen));
        }
        return new Explanation(instance.householdId(i), instance.destinationId(chosen), instance.score(i, chosen),
                Optional.of(instance.destinationId(best)), instance.score(i, best), binding);
    }
}
