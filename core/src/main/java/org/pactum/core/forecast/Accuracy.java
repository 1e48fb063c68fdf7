package org.pactum.core.forecast;

import java.util.List;

/**
 * How good the forecasts of one horizon were.
 *
 * @param forecasts  how many judged forecasts were counted
 * @param mase       mean absolute error, each error divided by the MASE scale at its origin (forecasts
 *                   whose scale is 0 are left out of this mean only); NaN without any
 * @param smape      mean of 200 |a - f| / (|a| + |f|), in percent (0 when both are 0)
 * @param bias       mean of forecast minus actual (positive: forecasts too high)
 * @param coverage80 share of actuals inside the 80 % interval, among forecasts that had one
 * @param coverage95 the same for the 95 % interval
 * @param within10   share of forecasts within 10 % of the actual (actual above 0 only)
 */
public record Accuracy(int horizon, int forecasts, double mase, double smape, double bias, double coverage80,
        double coverage95, double within10) {

    /** The accuracy of the judged points of {@code horizon} among {@code points}. */
    public static Accuracy of(int horizon, List<BacktestPoint> points) {
        int n = 0;
        int scaled = 0;
        double mase = 0;
        double smape = 0;
        double bias = 0;
        int withInterval = 0;
        int in80 = 0;
        int in95 = 0;
        int positive = 0;
        int within = 0;
        for (BacktestPoint p : points) {
            if (p.horizon() != horizon || !p.judged()) {
                continue;
            }
            double a = p.actual();
            double f = p.forecast();
            double error = Math.abs(a - f);
            n++;
            if (p.scale() > 0) {
                mase += error / p.scale();
                scaled++;
            }
            smape += Math.abs(a) + Math.abs(f) == 0 ? 0 : 200 * error / (Math.abs(a) + Math.abs(f));
            bias += f - a;
            if (p.hasInterval()) {
                withInterval++;
                in80 += p.lower80() <= a && a <= p.upper80() ? 1 : 0;
                in95 += p.lower95() <= a && a <= p.upper95() ? 1 : 0;
            }
            if (a > 0) {
                positive++;
                within += error <= 0.1 * a ? 1 : 0;
            }
        }
        return new Accuracy(horizon, n, scaled == 0 ? Double.NaN : mase / scaled, n == 0 ? Double.NaN : smape / n,
                n == 0 ? Double.NaN : bias / n, withInterval == 0 ? Double.NaN : (double) in80 / withInterval,
                withInterval == 0 ? Double.NaN : (double) in95 / withInterval, positive == 0 ? Double.NaN : (double) within / positive);
    }
}
