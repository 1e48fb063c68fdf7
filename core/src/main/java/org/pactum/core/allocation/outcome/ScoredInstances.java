package org.pactum.core.allocation.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pactum.core.allocation.Destination;
import org.pactum.core.allocation.Household;
import org.pactum.core.allocation.Instance;
import org.pactum.core.allocation.InstanceProblem;
import org.pactum.core.allocation.InvalidInstanceException;
import org.pactum.core.allocation.TiePolicy;

/**
 * Allocation instances whose scores come from an outcome model rather than from the input: each
 * household's predicted chance of employment at each destination, from its case profile and the
 * destination's profile. This is how a households file without {@code score:} columns becomes an
 * instance. A prediction outside [0, 1] is refused by {@link Instance#of} like any bad score.
 */
public final class ScoredInstances {

    private ScoredInstances() {
    }

    /**
     * @param profiles the profile of every destination, by destination id
     * @throws InvalidInstanceException if a destination has no profile, or as {@link Instance#of}
     */
    public static Instance of(List<CaseProfile> households, List<Destination> destinations, List<String> dimensions,
                              Map<String, DestinationProfile> profiles, OutcomeModel model, TiePolicy ties) {
        List<InstanceProblem> problems = new ArrayList<>();
        List<DestinationProfile> ordered = new ArrayList<>(destinations.size());
        for (Destination destination : destinations) {
            DestinationProfile profile = profiles.get(destination.id());
            if (profile == null) {
                problems.add(new InstanceProblem.BadInput("destination profiles", 0, "", "no labour-market profile for destination " + destination.id()));
            } else if (!profile.id().equals(destination.id())) {
                problems.add(new InstanceProblem.BadInput("destination profiles", 0, "", "the profile given for destination " + destination.id() + " is that of " + profile.id()));
            } else {
                ordered.add(profile);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInstanceException(problems);
        }
        List<Household> placed = households.stream().map(CaseProfile::household).toList();
        return Instance.of(placed, destinations, dimensions, model.predictAll(households, ordered), ties);
    }
}
