package org.pactum.core.forecast;

import java.util.Objects;

/**
 * Holt–Winters exponential smoothing with a damped trend and a yearly season, additive or
 * multiplicative. The smoothing weights are fitted on a grid by the sum of squared one-step errors;
 * with {@link Seasonality#AUTO} both seasonalities are fitted and the one with the lower AIC is kept
 * (multiplicative only for a series without zeros, where a season's factor has a meaning).
 */
public record HoltWinters(Seasonality seasonality) implements ForecastModel {

    /** How the season acts on the level. */
    public enum Seasonality { ADDITIVE, MULTIPLICATIVE, AUTO }

    private static final double[] ALPHAS = {0.1, 0.3, 0.5, 0.7, 0.9};
    private static final double[] BETAS = {0.0, 0.1};
    private static final double[] GAMMAS = {0.05, 0.25};
    private static final double[] PHIS = {0.9, 0.98};

    public HoltWinters {
        Objects.requireNonNull(seasonality, "seasonality");
    }

    /** The fitted smoothing: weights, the AIC, and the state after the last value. */
    public record Fit(Seasonality seasonality, double alpha, double beta, double gamma, double phi, double sse, double aic,
            double level, double trend, double[] season) {
    }

    @Override
    public String name() {
        return "holt-winters";
    }

    @Override
    public int minimumHistory() {
        return 2 * SEASON;
    }

    @Override
    public double[] forecast(double[] history, int horizon) {
        Fit fit = fit(history);
        int n = history.length;
        double[] out = new double[horizon];
        double damped = 0;
        for (int h = 1; h <= horizon; h++) {
            damped += Math.pow(fit.phi, h);
            double s = fit.season[(n + h - 1) % SEASON];
            double base = fit.level + damped * fit.trend;
            out[h - 1] = Math.max(0, fit.seasonality == Seasonality.MULTIPLICATIVE ? base * s : base + s);
        }
        return out;
    }

    /** Fits the weights on {@code history} (at least two years). */
    public Fit fit(double[] history) {
        if (history.length < minimumHistory()) {
            throw new IllegalArgumentException("Holt-Winters needs at least " + minimumHistory() + " months, got " + history.length);
        }
        boolean positive = true;
        for (double v : history) {
            positive &= v > 0;
        }
        Fit best = null;
        if (seasonality != Seasonality.MULTIPLICATIVE || !positive) {
            best = fitOne(history, false);
        }
        if (positive && seasonality != Seasonality.ADDITIVE) {
            Fit m = fitOne(history, true);
            if (best == null || m.aic < best.aic) {
                best = m;
            }
        }
        return best;
    }

    private static Fit fitOne(double[] y, boolean multiplicative) {
        Fit best = null;
        for (double alpha : ALPHAS) {
            for (double beta : BETAS) {
                for (double gamma : GAMMAS) {
                    for (double phi : PHIS) {
                        Fit f = run(y, multiplicative, alpha, beta, gamma, phi);
                        if (best == null || f.sse < best.sse) {
                            best = f;
                        }
                    }
                }
            }
        }
        return best;
    }

    private static Fit run(double[] y, boolean multiplicative, double alpha, double beta, double gamma, double phi) {
        int m = SEASON;
        double first = 0;
        double second = 0;
        for (int i = 0; i < m; i++) {
            first += y[i];
            second += y[i + m];
        }
        first /= m;
        second /= m;
        double level = first;
        double trend = (second - first) / m;
        double[] season = new double[m];
        for (int i = 0; i < m; i++) {
            season[i] = multiplicative ? y[i] / first : y[i] - first;
        }
        double sse = 0;
        int counted = 0;
        for (int t = m; t < y.length; t++) {
            int k = t % m;
            double base = level + phi * trend;
            double predicted = multiplicative ? base * season[k] : base + season[k];
            double error = y[t] - predicted;
            sse += error * error;
            counted++;
            double newLevel = multiplicative ? alpha * y[t] / season[k] + (1 - alpha) * base
                    : alpha * (y[t] - season[k]) + (1 - alpha) * base;
            trend = beta * (newLevel - level) + (1 - beta) * phi * trend;
            season[k] = multiplicative ? gamma * y[t] / newLevel + (1 - gamma) * season[k]
                    : gamma * (y[t] - newLevel) + (1 - gamma) * season[k];
            level = newLevel;
        }
        // parameters: alpha, beta, gamma, phi, initial level, trend and 11 free seasonal states
        int k = 4 + 2 + (m - 1);
        double aic = counted * Math.log(Math.max(sse, 1e-12) / counted) + 2 * k;
        return new Fit(multiplicative ? Seasonality.MULTIPLICATIVE : Seasonality.ADDITIVE, alpha, beta, gamma, phi, sse, aic,
                level, trend, season);
    }
}
