package org.pactum.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DynamicModeTest {

    @Test
    void weeklyBatchesPlaceEveryHouseholdWithinAnnualCapacitiesAndBelowHindsight() {
        Instance year = SyntheticInstances.generate(7, 1_200, 12, 3, 0.05);
        DynamicMode.Result result = DynamicMode.simulate(year, 52, new PriceSolver.Settings(1e-3, 400, 60_000, 1));
        assertThat(result.unplaced()).isEmpty();
        assertThat(java.util.Arrays.stream(result.placement()).allMatch(d -> d >= 0 && d < 12)).isTrue();
        // room, services and incompatibilities are respected week by week; quota minimums are reported, not forced
        assertThat(result.violations()).allMatch(v -> v.contains("below its quota minimum"));
        assertThat(result.objective()).isLessThanOrEqualTo(result.hindsightBound());
        assertThat(result.shareOfHindsight()).isBetween(0.0, 1.0);
    }

    @Test
    void oneWeekIsTheWholeYearPlacedAtOnce() {
        Instance year = SyntheticInstances.generate(3, 300, 6, 2, 0.05);
        DynamicMode.Result result = DynamicMode.simulate(year, 1, new PriceSolver.Settings(1e-3, 400, 60_000, 1));
        assertThat(java.util.Arrays.stream(result.placement()).allMatch(d -> d >= 0)).isTrue();
        assertThat(result.shareOfHindsight()).isLessThanOrEqualTo(1.0);
    }
}
