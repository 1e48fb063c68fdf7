package org.pactum.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Dynamic mode: households arrive in weekly batches against annual capacities and quotas, and each
 * batch is placed for good before the next arrives. So that early batches neither take the best
 * places nor leave later arrivals without room or quota minimums unmet, each week's batch is placed
 * together with the arrivals still expected this year: as many stand-ins as households are still to
 * come (the year's total is known from the arrival forecast), drawn evenly from the households seen
 * so far. The price-based method places batch and stand-ins together against what is left of every
 * destination (room, services and unmet minimums); only the batch's placements are kept, so what the
 * stand-ins took stays reserved for the rest of the year. In the last week nobody is expected any
 * more and the batch must meet every minimum still open; if the price method cannot, the exact
 * solver decides.
 *
 * <p>A week that cannot be placed whole (the arrivals differed too much from the forecast) is never
 * hidden: its households that found no room are listed in {@link Result#unplaced()} with their
 * week, the checker's findings (for example a minimum left unmet) in {@link Result#violations()},
 * and {@link Result#complete()} is false. The one-year simulation is compared with the hindsight
 * optimum: the best allocation of the whole year known in advance (its proven upper bound, so the
 * share reported is a lower bound on the true share).
 */
public final class DynamicMode {

    /**
     * The year's placement ({@code -1} for a household that found no room left when it arrived, each
     * listed in {@code unplaced}), its objective (placed households only), the hindsight bound and
     * best allocation, and what the checker found.
     */
    public record Result(int[] placement, double objective, double hindsightBound, double hindsightObjective, List<String> violations,
                         List<String> unplaced) {

        /** The share of the hindsight optimum reached, at least (the bound is at least the optimum). */
        public double shareOfHindsight() {
            return objective / hindsightBound;
        }

        /** Whether every household was placed and every rule holds (room, services, compatibility, quota minimums). */
        public boolean complete() {
            return unplaced.isEmpty() && violations.isEmpty();
        }
    }

    private static final int WEEK_ROUNDS = 300;

    private DynamicMode() {
    }

    public static Result simulate(Instance year, int weeks, PriceSolver.Settings hindsight) {
        if (weeks < 1 || weeks > year.households()) {
            throw new IllegalArgumentException("between one week and one week per household, was " + weeks);
        }
        Diagnosis.requireNoObviousInfeasibility(year);
        int n = year.households();
        Loads loads = new Loads(year);
        int[] placement = new int[n];
        Arrays.fill(placement, -1);
        List<String> unplaced = new ArrayList<>();
        PriceSolver.Settings weekly = new PriceSolver.Settings(1e-3, WEEK_ROUNDS, Math.max(1, hindsight.timeLimitMillis()), hindsight.threads());
        for (int w = 0; w < weeks; w++) {
            int from = (int) ((long) n * w / weeks);
            int to = (int) ((long) n * (w + 1) / weeks);
            if (from == to) {
                continue;
            }
            int expected = n - to;
            Optional<int[]> placed = expected > 0 ? placeWithStandIns(year, loads, from, to, expected, weekly) : Optional.empty();
            if (placed.isEmpty()) {
                // the last week, or the stand-ins could not be placed: the batch alone, minimums only when nobody else is coming
                placed = placeAlone(year, loads, from, to, expected == 0, weekly);
            }
            if (placed.isEmpty() && expected == 0) {
                placed = placeAlone(year, loads, from, to, false, weekly);
            }
            for (int i = from; i < to; i++) {
                int d = placed.isPresent() ? placed.get()[i - from] : bestWithRoom(year, loads, i);
                if (d < 0 || !loads.fits(i, d)) {
                    unplaced.add("week " + (w + 1) + ": no destination had room left for household " + year.householdId(i) + " (row " + (i + 1) + ")");
                    continue;
                }
                placement[i] = d;
                loads.add(i, d);
            }
        }
        PriceSolver.Result best = new PriceSolver(hindsight).solve(year);
        double objective = 0;
        for (int i = 0; i < n; i++) {
            if (placement[i] >= 0) {
                objective += year.value(i, placement[i]);
            }
        }
        return new Result(placement, objective, Math.max(best.allocation().upperBound(), objective), best.allocation().objective(),
                FeasibilityChecker.violations(year, placement), unplaced);
    }

    /** The batch and {@code expected} stand-ins placed together against what is left; the batch's part, if the method found a feasible placement. */
    private static Optional<int[]> placeWithStandIns(Instance year, Loads loads, int from, int to, int expected, PriceSolver.Settings settings) {
        int m = year.destinations();
        int batch = to - from;
        List<Household> households = new ArrayList<>(batch + expected);
        float[] all = year.scoreTable();
        float[] scores = new float[(batch + expected) * m];
        for (int i = from; i < to; i++) {
            households.add(year.household(i));
            System.arraycopy(all, i * m, scores, (i - from) * m, m);
        }
        for (int j = 0; j < expected; j++) {
            int like = (int) ((long) j * to / expected);
            Household seen = year.household(like);
            households.add(new Household("expected " + (j + 1), seen.persons(), seen.needs(), seen.tiedTo()));
            System.arraycopy(all, like * m, scores, (batch + j) * m, m);
        }
        return solve(year, loads, households, scores, true, settings).map(p -> Arrays.copyOf(p, batch));
    }

    /** The batch alone against what is left, with the minimums still open or without them. */
    private static Optional<int[]> placeAlone(Instance year, Loads loads, int from, int to, boolean minimums, PriceSolver.Settings settings) {
        int m = year.destinations();
        List<Household> households = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            households.add(year.household(i));
        }
        float[] scores = Arrays.copyOfRange(year.scoreTable(), from * m, to * m);
        Optional<int[]> placed = solve(year, loads, households, scores, minimums, settings);
        if (placed.isEmpty() && minimums) {
            Instance rest = remaining(year, loads, households, scores.clone(), true);
            try {
                return Optional.of(new ExactSolver(Math.max(1_000, settings.timeLimitMillis())).solve(rest).allocation().destinationOf());
            } catch (InfeasibleInstanceException | IllegalStateException impossible) {
                return Optional.empty();
            }
        }
        return placed;
    }

    private static Optional<int[]> solve(Instance year, Loads loads, List<Household> households, float[] scores, boolean minimums,
                                         PriceSolver.Settings settings) {
        try {
            Instance rest = remaining(year, loads, households, scores, minimums);
            return Optional.of(new PriceSolver(settings).solve(rest).allocation().destinationOf());
        } catch (InfeasibleInstanceException noPlacement) {
            return Optional.empty();
        }
    }

    /** The given households against what is left of every destination: room, services, and (if asked) the minimums still open. */
    private static Instance remaining(Instance year, Loads loads, List<Household> households, float[] scores, boolean minimums) {
        int m = year.destinations();
        int k = year.dimensions();
        List<Destination> destinations = new ArrayList<>(m);
        for (int d = 0; d < m; d++) {
            int room = (int) Math.max(0, year.room(d) - loads.persons[d]);
            int minimum = minimums ? (int) Math.min(room, Math.max(0, year.minimum(d) - loads.persons[d])) : 0;
            int[] services = new int[k];
            for (int c = 0; c < k; c++) {
                services[c] = (int) Math.max(0, year.service(d, c) - loads.used[d * k + c]);
            }
            destinations.add(new Destination(year.destinationId(d), room, minimum, room, services));
        }
        return Instance.of(households, destinations, year.dimensionNames(), scores, year.tiePolicy());
    }

    private static int bestWithRoom(Instance year, Loads loads, int i) {
        int chosen = -1;
        double best = Double.NEGATIVE_INFINITY;
        for (int d = 0; d < year.destinations(); d++) {
            if (loads.fits(i, d) && year.value(i, d) > best) {
                best = year.value(i, d);
                chosen = d;
            }
        }
        return chosen;
    }
}
