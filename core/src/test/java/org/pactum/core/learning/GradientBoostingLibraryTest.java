package org.pactum.core.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.Test;

/** The gradient-boosting library loads its native code on this platform and learns a step function. */
class GradientBoostingLibraryTest {

    @Test
    void learnsAStepFunction() throws Exception {
        int rows = 200;
        float[] features = new float[rows];
        float[] labels = new float[rows];
        for (int i = 0; i < rows; i++) {
            features[i] = i;
            labels[i] = i < 100 ? 1f : 5f;
        }
        DMatrix training = new DMatrix(features, rows, 1, Float.NaN);
        training.setLabel(labels);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("objective", "reg:squarederror");
        parameters.put("max_depth", 2);
        parameters.put("eta", 0.5);
        parameters.put("nthread", 1);
        Booster booster = XGBoost.train(training, parameters, 30, Map.of(), null, null);
        float[][] predicted = booster.predict(new DMatrix(new float[] {10f, 150f}, 2, 1, Float.NaN));
        assertThat(predicted[0][0]).isCloseTo(1f, org.assertj.core.data.Offset.offset(0.05f));
        assertThat(predicted[1][0]).isCloseTo(5f, org.assertj.core.data.Offset.offset(0.05f));
    }
}
