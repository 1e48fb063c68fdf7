package org.pactum.core.allocation.outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.pactum.core.allocation.AllocationCsv;
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

    /**
     * The instance of a destinations file (the format of {@link AllocationCsv}) and a case-profile
     * file ({@link CaseProfileCsv}, one {@code need:} column per service dimension of the
     * destinations), scored by {@code model}. Problems in either file are reported with file, line
     * and column.
     */
    public static Instance read(String destinationsName, String destinationsCsv, String casesName, String casesCsv,
                                Map<String, DestinationProfile> profiles, OutcomeModel model, TiePolicy ties) {
        Instance empty = AllocationCsv.read(destinationsName, destinationsCsv, casesName, householdHeader(destinationsCsv), ties);
        List<Destination> destinations = IntStream.range(0, empty.destinations()).mapToObj(empty::destination).toList();
        List<CaseProfile> households = CaseProfileCsv.read(casesName, casesCsv, empty.dimensionNames());
        return of(households, destinations, empty.dimensionNames(), profiles, model, ties);
    }

    /** A households file with no households, whose header has the columns the destinations file calls for. */
    private static String householdHeader(String destinationsCsv) {
        List<String[]> lines = Arrays.stream(destinationsCsv.split("\\r?\\n")).filter(l -> !l.isBlank())
                .map(l -> Arrays.stream(l.split(",", -1)).map(String::trim).toArray(String[]::new)).toList();
        List<String> columns = new ArrayList<>(List.of("id", "persons", "tied_to"));
        if (lines.isEmpty()) {
            return String.join(",", columns);
        }
        List<String> header = Arrays.asList(lines.get(0));
        header.stream().filter(c -> c.startsWith("service:")).forEach(c -> columns.add("need:" + c.substring("service:".length())));
        int id = header.indexOf("id");
        for (int l = 1; l < lines.size() && id >= 0; l++) {
            if (id < lines.get(l).length && !lines.get(l)[id].isEmpty()) {
                columns.add("score:" + lines.get(l)[id]);
            }
        }
        return String.join(",", columns);
    }
}
