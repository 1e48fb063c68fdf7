package org.pactum.core.allocation.outcome;

import java.util.List;

/**
 * A model of the outcome that allocation maximises: the probability that at least one adult of a
 * household is employed within a year of placement at a destination. Implementations: the learnt
 * {@link BoostedTreesModel}, and the {@link SyntheticGroundTruth} of synthetic histories (the
 * oracle benchmarks compare against). Every model names its version, which allocation runs record.
 */
public interface OutcomeModel {

    /** Identifies the model exactly (for a learnt model: derived from its training data and parameters). */
    String version();

    /** The predicted probability, in [0, 1], for the household at the destination. */
    double predict(CaseProfile household, DestinationProfile destination);

    /**
     * Predictions for every household at every destination, row-major ({@code [i * m + d]}). Models
     * that predict faster in bulk override this.
     */
    default float[] predictAll(List<CaseProfile> households, List<DestinationProfile> destinations) {
        int m = destinations.size();
        float[] scores = new float[Math.multiplyExact(households.size(), m)];
        for (int i = 0; i < households.size(); i++) {
            for (int d = 0; d < m; d++) {
                scores[i * m + d] = (float) predict(households.get(i), destinations.get(d));
            }
        }
        return scores;
    }
}
