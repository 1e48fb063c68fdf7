package org.pactum.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Arbitraries;

/**
 * The bounds behind every reported gap, checked on tiny instances against this test's own reading
 * of the rules: the Lagrangian value of a pass at arbitrary prices (recomputed here from its
 * definition, pair by pair) and the LP bound found by column generation, which must equal the
 * linear relaxation solved whole and never fall below the optimum found by enumeration.
 */
class PriceBoundProperties {

    private final BruteForceProperties tinies = new BruteForceProperties();

    @Provide
    Arbitrary<BruteForceProperties.Tiny> tiny() {
        return tinies.tiny();
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 200)
    void aPassAtAnyPricesGivesTheLagrangianValueAndItBoundsTheOptimum(@ForAll("tiny") BruteForceProperties.Tiny tiny, @ForAll("seeds") long seed) {
        Instance instance = tiny.instance();
        int m = tiny.destinations().size();
        int k = tiny.k();
        Random random = new Random(seed);
        Prices prices = new Prices(instance, 1 + random.nextInt(2));
        for (int d = 0; d < m; d++) {
            prices.pi[d] = random.nextInt(3) == 0 ? 0 : (random.nextDouble() - 0.4) * 0.3;
            for (int c = 0; c < k; c++) {
                prices.mu[d * k + c] = random.nextInt(2) == 0 ? 0 : random.nextDouble() * 0.2;
            }
        }
        double expected = 0;
        for (int i = 0; i < tiny.households().size(); i++) {
            Household household = tiny.households().get(i);
            double best = Double.NEGATIVE_INFINITY;
            for (int d = 0; d < m; d++) {
                Destination destination = tiny.destinations().get(d);
                float score = tiny.scores()[i * m + d];
                boolean tied = household.tiedTo().map(t -> t.equals(destination.id())).orElse(false);
                boolean allowed = !Float.isNaN(score) && (!(tiny.ties() instanceof TiePolicy.Hard) || household.tiedTo().isEmpty() || tied);
                boolean fits = household.persons() <= Math.min(destination.capacity(), destination.maximum());
                for (int c = 0; c < k; c++) {
                    fits &= household.needs()[c] <= destination.services()[c];
                }
                if (!allowed || !fits) {
                    continue;
                }
                double value = score + (tied && tiny.ties() instanceof TiePolicy.Weighted w ? w.bonus() : 0) - prices.pi[d] * household.persons();
                for (int c = 0; c < k; c++) {
                    value -= prices.mu[d * k + c] * household.needs()[c];
                }
                best = Math.max(best, value);
            }
            expected += best;
        }
        if (expected == Double.NEGATIVE_INFINITY) {
            return; // a household fits nowhere: the diagnosis refuses such instances before any pass
        }
        for (int d = 0; d < m; d++) {
            Destination destination = tiny.destinations().get(d);
            expected += prices.pi[d] >= 0 ? prices.pi[d] * Math.min(destination.capacity(), destination.maximum()) : prices.pi[d] * destination.minimum();
            for (int c = 0; c < k; c++) {
                expected += prices.mu[d * k + c] * destination.services()[c];
            }
        }
        double bound = prices.evaluate();
        assertThat(bound).isCloseTo(expected, within(1e-9));
        Optional<double[]> best = BruteForceProperties.bestByEnumeration(tiny);
        best.ifPresent(optimum -> assertThat(bound).isGreaterThanOrEqualTo(optimum[0] - 1e-9));
    }

    @Property(tries = 150)
    void columnGenerationReachesTheWholeLinearRelaxation(@ForAll("tiny") BruteForceProperties.Tiny tiny) {
        Optional<double[]> best = BruteForceProperties.bestByEnumeration(tiny);
        if (best.isEmpty()) {
            return;
        }
        Instance instance = tiny.instance();
        // a feasible allocation to start the columns from: the enumerated optimum's placement
        int[] start = BruteForceProperties.bestPlacement(tiny);
        Prices prices = new Prices(instance, 1);
        double bound = LinearRelaxation.solve(prices, start, System.nanoTime() + 10_000_000_000L).bound();
        double whole;
        try (MipModel model = new MipModel(instance, "GLOP", false)) {
            model.solver.solve();
            whole = model.solver.objective().value();
        }
        assertThat(bound).isGreaterThanOrEqualTo(best.get()[0] - 1e-6);
        assertThat(bound).isCloseTo(whole, within(1e-6));
        List<String> violations = FeasibilityChecker.violations(instance, start);
        assertThat(violations).isEmpty();
    }
}
