package org.pactum.core.allocation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.core.allocation.Destination;
import org.pactum.core.allocation.Instance;
import org.pactum.core.allocation.InvalidInstanceException;
import org.pactum.core.allocation.TiePolicy;

/** Instances scored by a model: one prediction per household and destination, in the instance's order. */
class ScoredInstancesTest {

    private static final List<DestinationProfile> PROFILES = InventedDestinations.twelve();

    @Test
    void scoresAreTheModelsPredictions() {
        SyntheticPlacements.SyntheticCases cases = SyntheticPlacements.cases(9, 30, PROFILES);
        // the destinations in another order than the profiles, to show that ids, not positions, pair them
        List<Destination> destinations = new java.util.ArrayList<>();
        for (int d = PROFILES.size() - 1; d >= 0; d--) {
            destinations.add(Destination.of(PROFILES.get(d).id(), 100, 10, 10));
        }

        Instance instance = ScoredInstances.of(cases.households(), destinations, SyntheticPlacements.DIMENSIONS,
                InventedDestinations.byId(PROFILES), cases.truth(), TiePolicy.weighted(0));

        assertThat(instance.households()).isEqualTo(30);
        for (int i = 0; i < 30; i++) {
            CaseProfile h = cases.households().get(i);
            assertThat(instance.householdId(i)).isEqualTo(h.id());
            assertThat(instance.persons(i)).isEqualTo(h.persons());
            for (int d = 0; d < 12; d++) {
                assertThat(instance.score(i, d)).isEqualTo((double) (float) cases.truth().predict(h, PROFILES.get(11 - d)));
            }
        }
    }

    @Test
    void aDestinationWithoutAProfileIsNamed() {
        SyntheticPlacements.SyntheticCases cases = SyntheticPlacements.cases(9, 3, PROFILES);

        assertThatThrownBy(() -> ScoredInstances.of(cases.households(), List.of(Destination.of("ELSEWHERE", 10, 1, 1)),
                SyntheticPlacements.DIMENSIONS, Map.of(), cases.truth(), TiePolicy.hard()))
                .isInstanceOf(InvalidInstanceException.class)
                .hasMessageContaining("no labour-market profile for destination ELSEWHERE");
    }

    @Test
    void aModelPredictingOutsideZeroToOneIsRefusedLikeABadScore() {
        SyntheticPlacements.SyntheticCases cases = SyntheticPlacements.cases(9, 2, PROFILES);
        OutcomeModel broken = new OutcomeModel() {
            public String version() {
                return "broken";
            }

            public double predict(CaseProfile household, DestinationProfile destination) {
                return 1.5;
            }
        };

        assertThatThrownBy(() -> ScoredInstances.of(cases.households(), List.of(Destination.of("D01", 100, 10, 10)),
                SyntheticPlacements.DIMENSIONS, InventedDestinations.byId(PROFILES), broken, TiePolicy.hard()))
                .isInstanceOf(InvalidInstanceException.class)
                .hasMessageContaining("has score 1.5 at D01");
    }

    @Test
    void readsADestinationsFileAndACaseProfileFileWithoutScores() {
        String destinations = "id,capacity,minimum,maximum,service:medical places\nD01,10,0,10,2\nD02,10,0,10,2\n";
        String cases = "id,nationality,principal_gender,members_under_6,members_6_17,members_18_34,members_35_64,members_65_plus,"
                + "languages,education,medical_needs,tied_to,need:medical places\n"
                + "c1,SYR,female,1,2,1,0,0,ar;en,secondary,no,D02,0\n";
        Map<String, DestinationProfile> profiles = InventedDestinations.byId(PROFILES);
        SyntheticGroundTruth truth = new SyntheticGroundTruth(Map.of("c1", 0.0));

        Instance instance = ScoredInstances.read("destinations.csv", destinations, "cases.csv", cases, profiles, truth, TiePolicy.hard());

        assertThat(instance.households()).isEqualTo(1);
        assertThat(instance.persons(0)).isEqualTo(4);
        assertThat(instance.tie(0)).contains(1);
        assertThat(instance.dimensionNames()).containsExactly("medical places");
        CaseProfile c1 = CaseProfileCsv.read("cases.csv", cases, List.of("medical places")).get(0);
        assertThat(instance.score(0, 1)).isEqualTo((double) (float) truth.predict(c1, profiles.get("D02")));
    }

    @Test
    void aBadLineInEitherFileIsNamed() {
        String cases = "id,nationality,principal_gender,members_under_6,members_6_17,members_18_34,members_35_64,members_65_plus,"
                + "languages,education,medical_needs,tied_to,need:medical places\n"
                + "c1,SYR,female,1,2,1,0,0,ar,secondary,no,,lots\n";
        Map<String, DestinationProfile> profiles = InventedDestinations.byId(PROFILES);
        SyntheticGroundTruth truth = new SyntheticGroundTruth(Map.of("c1", 0.0));

        assertThatThrownBy(() -> ScoredInstances.read("destinations.csv", "id,capacity,minimum,maximum,service:medical places\nD01,ten,0,10,2\n",
                "cases.csv", cases, profiles, truth, TiePolicy.hard()))
                .hasMessageContaining("destinations.csv, line 2, column capacity: not a whole number: 'ten'");
        assertThatThrownBy(() -> ScoredInstances.read("destinations.csv", "id,capacity,minimum,maximum,service:medical places\nD01,10,0,10,2\n",
                "cases.csv", cases, profiles, truth, TiePolicy.hard()))
                .hasMessageContaining("cases.csv, line 2, column need:medical places: not a whole number: 'lots'");
    }
}
