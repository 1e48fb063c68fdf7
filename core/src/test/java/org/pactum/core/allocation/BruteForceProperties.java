package org.pactum.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * On tiny instances (up to six households, three destinations, two services) every possible
 * placement is enumerated here, checked with this test's own reading of the rules, and the best one
 * taken: the exact solver must find that optimum (or refuse exactly when none exists), the
 * price-based method and the baselines must stay feasible and below it, every bound above it, and
 * the feasibility checker must agree with the enumeration on arbitrary placements.
 */
class BruteForceProperties {

    @Property(tries = 200, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void theExactSolverFindsTheEnumeratedOptimum(@ForAll("tiny") Tiny tiny) {
        Instance instance = tiny.instance();
        Optional<double[]> best = bestByEnumeration(tiny);
        ExactSolver solver = new ExactSolver(20_000);
        Statistics.collect(best.isPresent() ? "feasible" : "infeasible");
        Statistics.coverage(coverage -> coverage.check("feasible").percentage(p -> p >= 10));
        if (best.isEmpty()) {
            assertThatThrownBy(() -> solver.solve(instance)).isInstanceOf(InfeasibleInstanceException.class);
            return;
        }
        ExactSolver.Result result = solver.solve(instance);
        assertThat(result.optimal()).isTrue();
        assertThat(result.allocation().objective()).isCloseTo(best.get()[0], within(1e-6));
        assertThat(ownViolations(tiny, result.allocation().destinationOf())).isZero();
        assertThat(FeasibilityChecker.violations(instance, result.allocation().destinationOf())).isEmpty();
        assertThat(result.lpBound()).isGreaterThanOrEqualTo(best.get()[0] - 1e-6);
        assertThat(result.mipBound()).isGreaterThanOrEqualTo(best.get()[0] - 1e-6);
    }

    @Property(tries = 150)
    void thePriceBasedMethodIsFeasibleAndItsBoundHolds(@ForAll("tiny") Tiny tiny) {
        Optional<double[]> best = bestByEnumeration(tiny);
        try {
            PriceSolver.Result result = new PriceSolver(new PriceSolver.Settings(1e-6, 2_000, 10_000, 1)).solve(tiny.instance());
            assertThat(best).isPresent();
            assertThat(ownViolations(tiny, result.allocation().destinationOf())).isZero();
            assertThat(result.allocation().objective()).isLessThanOrEqualTo(best.get()[0] + 1e-6);
            assertThat(result.allocation().upperBound()).isGreaterThanOrEqualTo(best.get()[0] - 1e-6);
        } catch (InfeasibleInstanceException refused) {
            // a heuristic may fail to find an allocation; it must never return an infeasible one
        }
    }

    @Property(tries = 150)
    void theBaselinesAreFeasibleOrRefuse(@ForAll("tiny") Tiny tiny) {
        Optional<double[]> best = bestByEnumeration(tiny);
        for (java.util.function.Function<Instance, Allocation> baseline : List.<java.util.function.Function<Instance, Allocation>>of(
                Baselines::quotaOnly, Baselines::greedy)) {
            try {
                Allocation allocation = baseline.apply(tiny.instance());
                assertThat(best).isPresent();
                assertThat(ownViolations(tiny, allocation.destinationOf())).isZero();
                assertThat(allocation.objective()).isLessThanOrEqualTo(best.get()[0] + 1e-6);
            } catch (InfeasibleInstanceException refused) {
                // outcome-blind or myopic rules may get stuck; they then refuse as a whole
            }
        }
    }

    @Property(tries = 300)
    void theCheckerAgreesWithTheRules(@ForAll("tiny") Tiny tiny, @ForAll("seeds") long seed) {
        java.util.Random random = new java.util.Random(seed);
        int[] placement = new int[tiny.households.size()];
        for (int i = 0; i < placement.length; i++) {
            placement[i] = random.nextInt(tiny.destinations.size());
        }
        assertThat(FeasibilityChecker.violations(tiny.instance(), placement).isEmpty()).isEqualTo(ownViolations(tiny, placement) == 0);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /** The input of a tiny instance, kept to be read independently of {@link Instance}. */
    record Tiny(List<Household> households, List<Destination> destinations, int k, float[] scores, TiePolicy ties) {
        Instance instance() {
            List<String> names = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                names.add("service " + c);
            }
            return Instance.of(households, destinations, names, scores.clone(), ties);
        }
    }

    @Provide
    Arbitrary<Tiny> tiny() {
        return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(0, 2), Arbitraries.longs(), Arbitraries.of(0, 1, 2)).as((n, m, k, seed, tieKind) -> {
            java.util.Random random = new java.util.Random(seed);
            List<Destination> destinations = new ArrayList<>();
            for (int d = 0; d < m; d++) {
                int[] services = new int[k];
                for (int c = 0; c < k; c++) {
                    services[c] = random.nextInt(4);
                }
                int capacity = 2 + random.nextInt(9);
                int minimum = random.nextInt(3) == 0 ? random.nextInt(4) : 0;
                int maximum = Math.max(minimum, random.nextInt(3) == 0 ? random.nextInt(10) : 12);
                destinations.add(new Destination("D" + d, capacity, minimum, maximum, services));
            }
            List<Household> households = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int[] needs = new int[k];
                for (int c = 0; c < k; c++) {
                    needs[c] = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
                }
                Optional<String> tie = random.nextInt(4) == 0 ? Optional.of("D" + random.nextInt(m)) : Optional.empty();
                households.add(new Household("H" + i, 1 + random.nextInt(4), needs, tie));
            }
            float[] scores = new float[n * m];
            for (int j = 0; j < scores.length; j++) {
                scores[j] = random.nextInt(8) == 0 ? Float.NaN : (float) random.nextInt(1001) / 1000f;
            }
            TiePolicy ties = tieKind == 0 ? TiePolicy.hard() : TiePolicy.weighted(tieKind == 1 ? 0.1 : 0.0);
            return new Tiny(households, destinations, k, scores, ties);
        });
    }

    /** The best objective over all m^n placements that obey every rule, from the raw input. */
    static Optional<double[]> bestByEnumeration(Tiny tiny) {
        int n = tiny.households.size();
        int m = tiny.destinations.size();
        int[] placement = new int[n];
        double best = Double.NEGATIVE_INFINITY;
        int total = (int) Math.pow(m, n);
        for (int code = 0; code < total; code++) {
            int rest = code;
            for (int i = 0; i < n; i++) {
                placement[i] = rest % m;
                rest /= m;
            }
            if (ownViolations(tiny, placement) == 0) {
                double value = 0;
                for (int i = 0; i < n; i++) {
                    value += ownValue(tiny, i, placement[i]);
                }
                best = Math.max(best, value);
            }
        }
        return best == Double.NEGATIVE_INFINITY ? Optional.empty() : Optional.of(new double[] {best});
    }

    /** A placement reaching the enumerated optimum (the instance must be feasible). */
    static int[] bestPlacement(Tiny tiny) {
        int n = tiny.households.size();
        int m = tiny.destinations.size();
        int[] placement = new int[n];
        int[] bestFound = null;
        double best = Double.NEGATIVE_INFINITY;
        int total = (int) Math.pow(m, n);
        for (int code = 0; code < total; code++) {
            int rest = code;
            for (int i = 0; i < n; i++) {
                placement[i] = rest % m;
                rest /= m;
            }
            if (ownViolations(tiny, placement) == 0) {
                double value = 0;
                for (int i = 0; i < n; i++) {
                    value += ownValue(tiny, i, placement[i]);
                }
                if (value > best) {
                    best = value;
                    bestFound = placement.clone();
                }
            }
        }
        return bestFound;
    }

    private static double ownValue(Tiny tiny, int i, int d) {
        double score = tiny.scores[i * tiny.destinations.size() + d];
        Household household = tiny.households.get(i);
        boolean tied = household.tiedTo().map(t -> t.equals(tiny.destinations.get(d).id())).orElse(false);
        return score + (tied && tiny.ties instanceof TiePolicy.Weighted w ? w.bonus() : 0);
    }

    /** How many rules the placement breaks, read straight from the households, destinations and scores. */
    static int ownViolations(Tiny tiny, int[] placement) {
        int m = tiny.destinations.size();
        int violations = 0;
        int[] persons = new int[m];
        int[][] used = new int[m][tiny.k];
        for (int i = 0; i < placement.length; i++) {
            Household household = tiny.households.get(i);
            int d = placement[i];
            if (Float.isNaN(tiny.scores[i * m + d])) {
                violations++;
            }
            if (tiny.ties instanceof TiePolicy.Hard && household.tiedTo().isPresent()
                    && !household.tiedTo().get().equals(tiny.destinations.get(d).id())) {
                violations++;
            }
            persons[d] += household.persons();
            for (int c = 0; c < tiny.k; c++) {
                used[d][c] += household.needs()[c];
            }
        }
        for (int d = 0; d < m; d++) {
            Destination destination = tiny.destinations.get(d);
            if (persons[d] > destination.capacity() || persons[d] > destination.maximum() || persons[d] < destination.minimum()) {
                violations++;
            }
            for (int c = 0; c < tiny.k; c++) {
                if (used[d][c] > destination.services()[c]) {
                    violations++;
                }
            }
        }
        return violations;
    }
}
