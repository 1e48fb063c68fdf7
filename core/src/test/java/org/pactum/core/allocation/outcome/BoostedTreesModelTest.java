package org.pactum.core.allocation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trees learn the synthetic ground truth, are deterministic, and survive saving and loading. */
class BoostedTreesModelTest {

    private static final List<DestinationProfile> DESTINATIONS = InventedDestinations.twelve();
    private static final Map<String, DestinationProfile> BY_ID = InventedDestinations.byId(DESTINATIONS);
    private static final BoostedTreesModel.Settings FEW_TREES = new BoostedTreesModel.Settings(80, 3, 0.2, 5, 1, 1);

    private static SyntheticPlacements.SyntheticHistory training;
    private static SyntheticPlacements.SyntheticHistory heldOut;
    private static BoostedTreesModel model;

    @BeforeAll
    static void train() {
        training = SyntheticPlacements.history(1, 8_000, DESTINATIONS);
        heldOut = SyntheticPlacements.history(2, 3_000, DESTINATIONS);
        model = BoostedTreesModel.train(training.placements(), BY_ID, FEW_TREES);
    }

    private static Calibration calibrationOf(OutcomeModel predictor) {
        List<Placement> placements = heldOut.placements();
        double[] predicted = new double[placements.size()];
        boolean[] observed = new boolean[placements.size()];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = predictor.predict(placements.get(i).household(), BY_ID.get(placements.get(i).destination()));
            observed[i] = placements.get(i).employed();
        }
        return Calibration.of(predicted, observed, 10);
    }

    @Test
    void separatesHeldOutOutcomesFarBetterThanATrivialPredictor() {
        Calibration learnt = calibrationOf(model);
        Calibration oracle = calibrationOf(heldOut.truth());
        double rate = training.placements().stream().filter(Placement::employed).count() / (double) training.placements().size();
        Calibration trivial = calibrationOf(new OutcomeModel() {
            public String version() {
                return "training employment rate";
            }

            public double predict(CaseProfile household, DestinationProfile destination) {
                return rate;
            }
        });

        // a constant ranks nobody: AUC 0.5
        assertThat(trivial.auc()).isEqualTo(0.5);
        assertThat(learnt.auc()).isGreaterThan(0.70);
        assertThat(learnt.brier()).isLessThan(trivial.brier() - 0.02);
        // nobody beats the truth by more than chance
        assertThat(learnt.auc()).isLessThan(oracle.auc() + 0.01);
    }

    @Test
    void moreEducationNeverLowersTheAveragePrediction() {
        double[] mean = new double[4];
        List<Placement> sample = heldOut.placements().subList(0, 500);
        for (Education education : Education.values()) {
            for (Placement p : sample) {
                CaseProfile h = p.household();
                CaseProfile changed = new CaseProfile(h.id(), h.members(), h.languages(), education, h.medicalNeeds(), h.nationality(),
                        h.principalGender(), h.tiedTo(), h.needs());
                mean[education.level()] += model.predict(changed, BY_ID.get(p.destination())) / sample.size();
            }
        }
        // the ground truth rises with education (-0.7, -0.3, 0, +0.3 plus the tertiary interaction)
        assertThat(mean[1]).isGreaterThan(mean[0]);
        assertThat(mean[2]).isGreaterThan(mean[1]);
        assertThat(mean[3]).isGreaterThan(mean[2]);
    }

    @Test
    void higherUnemploymentNeverRaisesTheAveragePrediction() {
        List<Placement> sample = heldOut.placements().subList(0, 500);
        DestinationProfile base = BY_ID.get("D06");
        double[] mean = new double[5];
        double[] unemployment = {3, 5.5, 8, 10.5, 13};
        for (int k = 0; k < unemployment.length; k++) {
            DestinationProfile changed = new DestinationProfile(base.id(), base.languages(), unemployment[k], base.gdpPerCapitaPpp(), base.migrantStock());
            for (Placement p : sample) {
                mean[k] += model.predict(p.household(), changed) / sample.size();
            }
        }
        for (int k = 1; k < mean.length; k++) {
            assertThat(mean[k]).as("mean prediction at %.1f %% against %.1f %%", unemployment[k], unemployment[k - 1]).isLessThanOrEqualTo(mean[k - 1] + 0.005);
        }
        assertThat(mean[4]).isLessThan(mean[0] - 0.1);
    }

    @Test
    void savedAndLoadedItPredictsExactlyTheSame() {
        BoostedTreesModel loaded = BoostedTreesModel.load(model.bytes());

        List<CaseProfile> households = heldOut.placements().subList(0, 200).stream().map(Placement::household).toList();
        assertThat(loaded.version()).isEqualTo(model.version()).startsWith("gbt-");
        assertThat(loaded.predictAll(households, DESTINATIONS)).containsExactly(model.predictAll(households, DESTINATIONS));
    }

    @Test
    void bulkPredictionsEqualSinglePredictions() {
        List<CaseProfile> households = heldOut.placements().subList(0, 20).stream().map(Placement::household).toList();
        float[] all = model.predictAll(households, DESTINATIONS);
        for (int i = 0; i < households.size(); i++) {
            for (int d = 0; d < DESTINATIONS.size(); d++) {
                assertThat(all[i * DESTINATIONS.size() + d]).isEqualTo((float) model.predict(households.get(i), DESTINATIONS.get(d)));
            }
        }
    }

    @Test
    void bulkPredictionsSpanningSeveralChunksStayInPlace() {
        // 6,000 x 12 = 72,000 pairs: more than one chunk of 65,536
        List<CaseProfile> households = SyntheticPlacements.cases(4, 6_000, DESTINATIONS).households();
        float[] all = model.predictAll(households, DESTINATIONS);
        assertThat(all).hasSize(72_000);
        for (int pair = 0; pair < all.length; pair += 97) {
            int i = pair / DESTINATIONS.size();
            int d = pair % DESTINATIONS.size();
            assertThat(all[pair]).as("pair %d", pair).isEqualTo((float) model.predict(households.get(i), DESTINATIONS.get(d)));
        }
        assertThat(all[71_999]).isEqualTo((float) model.predict(households.get(5_999), DESTINATIONS.get(11)));
    }

    @Test
    void trainingIsDeterministicAndTheVersionNamesDataAndSettings() {
        List<Placement> small = training.placements().subList(0, 1_000);
        BoostedTreesModel.Settings settings = new BoostedTreesModel.Settings(20, 3, 0.3, 1, 5, 1);
        BoostedTreesModel first = BoostedTreesModel.train(small, BY_ID, settings);
        BoostedTreesModel second = BoostedTreesModel.train(small, BY_ID, settings);
        List<CaseProfile> households = heldOut.placements().subList(0, 50).stream().map(Placement::household).toList();

        assertThat(second.version()).isEqualTo(first.version());
        assertThat(second.predictAll(households, DESTINATIONS)).containsExactly(first.predictAll(households, DESTINATIONS));
        assertThat(BoostedTreesModel.train(small, BY_ID, new BoostedTreesModel.Settings(21, 3, 0.3, 1, 5, 1)).version()).isNotEqualTo(first.version());
        assertThat(BoostedTreesModel.train(training.placements().subList(1, 1_001), BY_ID, settings).version()).isNotEqualTo(first.version());
    }

    @Test
    void refusesAPlacementAtAnUnknownDestinationAndBytesThatAreNoModel() {
        Placement elsewhere = new Placement(training.placements().get(0).household(), "NOWHERE", true);
        assertThatThrownBy(() -> BoostedTreesModel.train(List.of(elsewhere), BY_ID, FEW_TREES))
                .hasMessageContaining("destination NOWHERE, whose profile is missing");
        assertThatThrownBy(() -> BoostedTreesModel.load("not a model".getBytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a saved outcome model");
    }

    @Test
    void theGroundTruthPlugsInAsAModel() {
        Map<String, Double> none = new HashMap<>();
        CaseProfile h = heldOut.placements().get(0).household();
        none.put(h.id(), 0.0);
        OutcomeModel truth = new SyntheticGroundTruth(none);
        assertThat(truth.predict(h, DESTINATIONS.get(0)))
                .isEqualTo(1 / (1 + Math.exp(-SyntheticGroundTruth.observableLogit(h, DESTINATIONS.get(0)))));
        assertThat(truth.version()).isEqualTo("synthetic-ground-truth-1");
    }
}
