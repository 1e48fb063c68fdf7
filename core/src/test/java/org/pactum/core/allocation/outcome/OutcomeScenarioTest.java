package org.pactum.core.allocation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.core.allocation.Allocation;
import org.pactum.core.allocation.Baselines;
import org.pactum.core.allocation.Destination;
import org.pactum.core.allocation.FeasibilityChecker;
import org.pactum.core.allocation.Instance;
import org.pactum.core.allocation.PriceSolver;
import org.pactum.core.allocation.TiePolicy;

/**
 * The whole story on synthetic data: a model learnt from a past placement history scores new
 * arrivals, batch mode places them, and the placements are valued with the ground truth against
 * the quota-only rule.
 */
class OutcomeScenarioTest {

    @Test
    void placementsChosenOnTheLearntScoresBeatQuotaOnlyOnTheGroundTruth() {
        List<DestinationProfile> profiles = InventedDestinations.twelve();
        Map<String, DestinationProfile> byId = InventedDestinations.byId(profiles);
        BoostedTreesModel model = BoostedTreesModel.train(SyntheticPlacements.history(21, 6_000, profiles).placements(), byId,
                new BoostedTreesModel.Settings(80, 3, 0.2, 5, 1, 1));
        SyntheticPlacements.SyntheticCases arrivals = SyntheticPlacements.cases(22, 400, profiles);
        int persons = arrivals.households().stream().mapToInt(CaseProfile::persons).sum();
        List<Destination> destinations = new ArrayList<>();
        for (DestinationProfile profile : profiles) {
            // equal quotas: each takes 6 % to 11 % of the persons, with room for every household's needs
            destinations.add(new Destination(profile.id(), persons * 11 / 100, persons * 6 / 100, persons * 11 / 100, new int[] {40, 40}));
        }
        TiePolicy ties = TiePolicy.weighted(0);
        Instance truth = ScoredInstances.of(arrivals.households(), destinations, SyntheticPlacements.DIMENSIONS, byId, arrivals.truth(), ties);
        Instance predicted = ScoredInstances.of(arrivals.households(), destinations, SyntheticPlacements.DIMENSIONS, byId, model, ties);

        Allocation quotaOnly = Baselines.quotaOnly(truth);
        Allocation batch = new PriceSolver(PriceSolver.Settings.of(0.001, 30_000)).solve(predicted).allocation();

        assertThat(FeasibilityChecker.violations(truth, batch.destinationOf())).isEmpty();
        FairnessReport report = FairnessReport.of(arrivals.households(), truth, quotaOnly.destinationOf(), batch.destinationOf());
        double baseline = 0;
        double optimised = 0;
        for (int i = 0; i < truth.households(); i++) {
            baseline += truth.score(i, quotaOnly.destinationOf(i));
            optimised += truth.score(i, batch.destinationOf(i));
        }
        assertThat(report.overall().baseline()).isCloseTo(baseline, offset(1e-6));
        assertThat(report.overall().optimised()).isCloseTo(optimised, offset(1e-6));
        // outcome-blind placement against placement on learnt chances: a clear gain in true expected employment
        assertThat(report.overall().relativeGain()).isGreaterThan(0.10);
        assertThat(report.byGender().stream().mapToInt(FairnessReport.Group::households).sum()).isEqualTo(400);
    }
}
