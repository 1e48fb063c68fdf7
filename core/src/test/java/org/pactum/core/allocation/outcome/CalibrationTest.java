package org.pactum.core.allocation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** Calibration metrics against values worked out by hand. */
class CalibrationTest {

    @Test
    void brierLogLossAndAucOfFourPredictions() {
        // outcomes 0, 0, 1, 1 predicted 0.1, 0.4, 0.35, 0.8
        Calibration calibration = Calibration.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true}, 10);

        // Brier: (0.1² + 0.4² + 0.65² + 0.2²) / 4 = (0.01 + 0.16 + 0.4225 + 0.04) / 4
        assertThat(calibration.brier()).isCloseTo(0.158125, offset(1e-12));
        // log loss: -(ln 0.9 + ln 0.6 + ln 0.35 + ln 0.8) / 4 = (0.1053605 + 0.5108256 + 1.0498221 + 0.2231436) / 4
        assertThat(calibration.logLoss()).isCloseTo(0.4722880, offset(1e-6));
        // AUC: of the 4 (employed, not employed) pairs, 0.35 > 0.1, 0.35 < 0.4, 0.8 > 0.1, 0.8 > 0.4: 3 of 4 ordered right
        assertThat(calibration.auc()).isCloseTo(0.75, offset(1e-12));
        assertThat(calibration.observations()).isEqualTo(4);
    }

    @Test
    void aucCountsTiesAsOneHalf() {
        // employed at 0.5 and 0.9, not employed at 0.5 and 0.2: pairs 0.5 = 0.5 (1/2), 0.5 > 0.2, 0.9 > 0.5, 0.9 > 0.2
        Calibration calibration = Calibration.of(new double[] {0.5, 0.5, 0.2, 0.9}, new boolean[] {true, false, false, true}, 2);

        assertThat(calibration.auc()).isCloseTo(3.5 / 4, offset(1e-12));
    }

    @Test
    void reliabilityTableSortsIntoGroupsOfEqualSize() {
        double[] predicted = {0.95, 0.05, 0.55, 0.15, 0.75, 0.35, 0.25, 0.85, 0.45, 0.65};
        boolean[] observed = {true, false, true, false, false, false, true, true, false, true};
        // sorted: 0.05 n, 0.15 n | 0.25 y, 0.35 n | 0.45 n, 0.55 y | 0.65 y, 0.75 n | 0.85 y, 0.95 y
        Calibration calibration = Calibration.of(predicted, observed, 5);

        assertThat(calibration.reliability()).hasSize(5);
        double[] meanPredicted = {0.10, 0.30, 0.50, 0.70, 0.90};
        double[] observedRate = {0.0, 0.5, 0.5, 0.5, 1.0};
        for (int g = 0; g < 5; g++) {
            Calibration.Bin bin = calibration.reliability().get(g);
            assertThat(bin.count()).isEqualTo(2);
            assertThat(bin.meanPredicted()).isCloseTo(meanPredicted[g], offset(1e-12));
            assertThat(bin.observedRate()).isCloseTo(observedRate[g], offset(1e-12));
        }
        assertThat(calibration.reliability().get(1).lowest()).isEqualTo(0.25);
        assertThat(calibration.reliability().get(1).highest()).isEqualTo(0.35);
    }

    @Test
    void fewerObservationsThanGroupsLeaveNoEmptyGroup() {
        // 4 observations in 10 groups: positions floor(g*4/10) give groups 2, 4, 7 and 9 one observation each
        Calibration calibration = Calibration.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true}, 10);

        assertThat(calibration.reliability()).extracting(Calibration.Bin::count).containsExactly(1, 1, 1, 1);
        assertThat(calibration.reliability()).extracting(Calibration.Bin::meanPredicted).containsExactly(0.1, 0.35, 0.4, 0.8);
    }

    @Test
    void aucIsUndefinedWithoutBothOutcomes() {
        assertThat(Calibration.of(new double[] {0.2, 0.7}, new boolean[] {true, true}, 1).auc()).isNaN();
    }

    @Test
    void refusesSomethingThatIsNotAProbability() {
        assertThatThrownBy(() -> Calibration.of(new double[] {1.2}, new boolean[] {true}, 1))
                .hasMessageContaining("prediction 1 is not a probability");
    }
}
