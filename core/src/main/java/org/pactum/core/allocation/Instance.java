package org.pactum.core.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One allocation problem: the households to place, the destinations with their capacities and
 * quotas, the names of the service dimensions, and for every household and destination the score:
 * the predicted probability that at least one adult of the household is employed within a year
 * of placement there. A score that is not a number ({@code NaN}) marks an incompatible pair (the
 * household may not go there). Ties follow the {@link TiePolicy}.
 *
 * <p>Held as flat arrays so that a million households by 400 destinations fit in memory (the
 * score table is one {@code float} per pair, 1.6 GB at that size). Build with {@link #of}, which
 * validates everything and reports every problem at once.
 */
public final class Instance {

    private final String[] householdIds;
    private final int[] persons;
    private final int[] needs;
    private final int[] tie;
    private final String[] destinationIds;
    private final int[] capacity;
    private final int[] minimum;
    private final int[] maximum;
    private final int[] services;
    private final List<String> dimensions;
    private final float[] scores;
    private final TiePolicy tiePolicy;
    private final int n;
    private final int m;
    private final int k;

    private Instance(List<Household> households, List<Destination> destinations, List<String> dimensions, float[] scores, TiePolicy tiePolicy) {
        this.n = households.size();
        this.m = destinations.size();
        this.k = dimensions.size();
        this.dimensions = List.copyOf(dimensions);
        this.tiePolicy = tiePolicy;
        this.householdIds = new String[n];
        this.persons = new int[n];
        this.needs = new int[n * k];
        this.tie = new int[n];
        this.destinationIds = new String[m];
        this.capacity = new int[m];
        this.minimum = new int[m];
        this.maximum = new int[m];
        this.services = new int[m * k];
        Map<String, Integer> destinationIndex = new HashMap<>();
        for (int d = 0; d < m; d++) {
            Destination destination = destinations.get(d);
            destinationIds[d] = destination.id();
            capacity[d] = destination.capacity();
            minimum[d] = destination.minimum();
            maximum[d] = destination.maximum();
            System.arraycopy(destination.services(), 0, services, d * k, k);
            destinationIndex.put(destination.id(), d);
        }
        for (int i = 0; i < n; i++) {
            Household household = households.get(i);
            householdIds[i] = household.id();
            persons[i] = household.persons();
            System.arraycopy(household.needs(), 0, needs, i * k, k);
            tie[i] = household.tiedTo().map(destinationIndex::get).orElse(-1);
        }
        this.scores = scores;
    }

    /**
     * Validates and builds an instance. {@code scores[i * m + d]} is household {@code i}'s score at
     * destination {@code d}, in [0, 1], or {@code NaN} where the pair is incompatible. The array is
     * taken over, not copied (it can be large); the caller must not change it afterwards.
     *
     * @throws InvalidInstanceException listing every problem found (duplicate ids, scores outside [0, 1],
     *                                  unknown ties, wrong number of service values)
     */
    public static Instance of(List<Household> households, List<Destination> destinations, List<String> dimensions,
                              float[] scores, TiePolicy tiePolicy) {
        Objects.requireNonNull(households, "households");
        Objects.requireNonNull(destinations, "destinations");
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(tiePolicy, "tie policy");
        List<InstanceProblem> problems = new ArrayList<>();
        int k = dimensions.size();
        if (destinations.isEmpty()) {
            problems.add(new InstanceProblem.NoDestinations());
        }
        Map<String, List<Integer>> destinationRows = new LinkedHashMap<>();
        for (int d = 0; d < destinations.size(); d++) {
            Destination destination = destinations.get(d);
            destinationRows.computeIfAbsent(destination.id(), id -> new ArrayList<>()).add(d + 1);
            if (destination.services().length != k) {
                problems.add(new InstanceProblem.WrongServiceCount("destination " + destination.id(), d + 1, k, destination.services().length));
            }
        }
        destinationRows.forEach((id, rows) -> {
            if (rows.size() > 1) {
                problems.add(new InstanceProblem.DuplicateDestination(id, rows));
            }
        });
        Map<String, List<Integer>> householdRows = new LinkedHashMap<>();
        for (int i = 0; i < households.size(); i++) {
            Household household = households.get(i);
            int row = i + 1;
            householdRows.computeIfAbsent(household.id(), id -> new ArrayList<>()).add(i + 1);
            if (household.needs().length != k) {
                problems.add(new InstanceProblem.WrongServiceCount("household " + household.id(), i + 1, k, household.needs().length));
            }
            household.tiedTo().filter(t -> !destinationRows.containsKey(t))
                    .ifPresent(t -> problems.add(new InstanceProblem.UnknownTie(household.id(), row, t)));
        }
        householdRows.forEach((id, rows) -> {
            if (rows.size() > 1) {
                problems.add(new InstanceProblem.DuplicateHousehold(id, rows));
            }
        });
        long expected = (long) households.size() * destinations.size();
        if (scores.length != expected) {
            problems.add(new InstanceProblem.ScoresShape((int) Math.min(Integer.MAX_VALUE, expected), scores.length));
        } else {
            int m = destinations.size();
            for (int i = 0; i < households.size() && problems.size() < 1000; i++) {
                for (int d = 0; d < m; d++) {
                    float s = scores[i * m + d];
                    if (!Float.isNaN(s) && !(s >= 0f && s <= 1f)) {
                        problems.add(new InstanceProblem.ScoreOutOfRange(households.get(i).id(), i + 1, destinations.get(d).id(), s));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInstanceException(problems);
        }
        return new Instance(households, destinations, dimensions, scores, tiePolicy);
    }

    public int households() {
        return n;
    }

    public int destinations() {
        return m;
    }

    public int dimensions() {
        return k;
    }

    public String dimension(int k) {
        return dimensions.get(k);
    }

    public List<String> dimensionNames() {
        return dimensions;
    }

    public TiePolicy tiePolicy() {
        return tiePolicy;
    }

    public String householdId(int i) {
        return householdIds[i];
    }

    public int persons(int i) {
        return persons[i];
    }

    public int need(int i, int dimension) {
        return needs[i * k + dimension];
    }

    /** The destination household {@code i} is tied to, if any. */
    public Optional<Integer> tie(int i) {
        return tie[i] < 0 ? Optional.empty() : Optional.of(tie[i]);
    }

    public String destinationId(int d) {
        return destinationIds[d];
    }

    public int capacity(int d) {
        return capacity[d];
    }

    public int minimum(int d) {
        return minimum[d];
    }

    public int maximum(int d) {
        return maximum[d];
    }

    /** The most persons destination {@code d} can take: the smaller of capacity and quota maximum. */
    public int room(int d) {
        return Math.min(capacity[d], maximum[d]);
    }

    public int service(int d, int dimension) {
        return services[d * k + dimension];
    }

    /** The household's predicted score at the destination, as given (NaN if incompatible). */
    public double score(int i, int d) {
        return scores[i * m + d];
    }

    /** Whether household {@code i} may go to {@code d}: the pair is compatible and, under hard ties, it is its tie. */
    public boolean allowed(int i, int d) {
        if (Float.isNaN(scores[i * m + d])) {
            return false;
        }
        return !(tiePolicy instanceof TiePolicy.Hard) || tie[i] < 0 || tie[i] == d;
    }

    /** Whether household {@code i} is allowed at {@code d} and fits there when the destination is empty. */
    public boolean fitsAlone(int i, int d) {
        if (!allowed(i, d) || persons[i] > room(d)) {
            return false;
        }
        for (int c = 0; c < k; c++) {
            if (needs[i * k + c] > services[d * k + c]) {
                return false;
            }
        }
        return true;
    }

    /** What placing household {@code i} at {@code d} contributes to the objective: its score, plus the tie weight at its tie. */
    public double value(int i, int d) {
        double s = scores[i * m + d];
        if (tiePolicy instanceof TiePolicy.Weighted w && tie[i] == d) {
            return s + w.bonus();
        }
        return s;
    }

    /** The raw score table (row-major, household by destination); shared, not copied, for fast solvers. */
    float[] scoreTable() {
        return scores;
    }

    int tieIndex(int i) {
        return tie[i];
    }

    public long totalPersons() {
        long total = 0;
        for (int p : persons) {
            total += p;
        }
        return total;
    }

    public Household household(int i) {
        int[] need = new int[k];
        System.arraycopy(needs, i * k, need, 0, k);
        return new Household(householdIds[i], persons[i], need, tie[i] < 0 ? Optional.empty() : Optional.of(destinationIds[tie[i]]));
    }

    public Destination destination(int d) {
        int[] service = new int[k];
        System.arraycopy(services, d * k, service, 0, k);
        return new Destination(destinationIds[d], capacity[d], minimum[d], maximum[d], service);
    }

    public Optional<Integer> destinationIndex(String id) {
        for (int d = 0; d < m; d++) {
            if (destinationIds[d].equals(id)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
