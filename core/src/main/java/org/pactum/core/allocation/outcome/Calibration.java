package org.pactum.core.allocation.outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How well predicted probabilities match what happened, on placements the model did not learn
 * from: the Brier score (mean squared difference between probability and outcome, 0 is perfect),
 * the log loss (mean of {@code −ln} of the probability given to what happened, probabilities held
 * within [1e−15, 1 − 1e−15]), the AUC (the chance that a household that found work was given a
 * higher probability than one that did not, ties counting one half; {@code NaN} without both kinds)
 * and a reliability table: the observations sorted by predicted probability and cut into groups of
 * equal size (deciles for ten groups; group {@code g} of {@code n} holds positions
 * {@code floor(g n / groups)} to {@code floor((g + 1) n / groups) − 1}), each with its mean
 * prediction against the share observed employed.
 */
public record Calibration(int observations, double brier, double logLoss, double auc, List<Bin> reliability) {

    public Calibration {
        reliability = List.copyOf(reliability);
    }

    /** One group of the reliability table. */
    public record Bin(int count, double lowest, double highest, double meanPredicted, double observedRate) {
    }

    public static Calibration of(double[] predicted, boolean[] observed, int groups) {
        int n = predicted.length;
        if (n == 0 || observed.length != n || groups < 1) {
            throw new IllegalArgumentException("one outcome per prediction, at least one of each, and at least one group");
        }
        double brier = 0;
        double logLoss = 0;
        for (int i = 0; i < n; i++) {
            double p = predicted[i];
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("prediction " + (i + 1) + " is not a probability: " + p);
            }
            double y = observed[i] ? 1 : 0;
            brier += (p - y) * (p - y);
            double clipped = Math.min(1 - 1e-15, Math.max(1e-15, p));
            logLoss -= observed[i] ? Math.log(clipped) : Math.log(1 - clipped);
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> predicted[i]));
        List<Bin> bins = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            int from = (int) ((long) g * n / groups);
            int to = (int) ((long) (g + 1) * n / groups);
            if (to == from) {
                continue;
            }
            double sum = 0;
            int employed = 0;
            for (int r = from; r < to; r++) {
                sum += predicted[order[r]];
                employed += observed[order[r]] ? 1 : 0;
            }
            bins.add(new Bin(to - from, predicted[order[from]], predicted[order[to - 1]], sum / (to - from), (double) employed / (to - from)));
        }
        return new Calibration(n, brier / n, logLoss / n, auc(predicted, observed, order), bins);
    }

    /** Mann-Whitney: the positives' rank sum (ties given their mean rank) against all positive-negative pairs. */
    private static double auc(double[] predicted, boolean[] observed, Integer[] order) {
        int n = predicted.length;
        long positives = 0;
        double rankSum = 0;
        int r = 0;
        while (r < n) {
            int end = r;
            while (end + 1 < n && predicted[order[end + 1]] == predicted[order[r]]) {
                end++;
            }
            double meanRank = (r + end) / 2.0 + 1;
            for (int t = r; t <= end; t++) {
                if (observed[order[t]]) {
                    positives++;
                    rankSum += meanRank;
                }
            }
            r = end + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
