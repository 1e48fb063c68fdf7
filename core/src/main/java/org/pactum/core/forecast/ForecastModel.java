package org.pactum.core.forecast;

/**
 * A way to forecast a monthly series from its past alone. Each model needs a minimum history; a
 * forecast reads only {@code history} (what was known at the origin), so no later value can leak in.
 */
public sealed interface ForecastModel permits ForecastModel.Naive, ForecastModel.SeasonalNaive, ForecastModel.Drift,
        ForecastModel.Combination, ForecastModel.DampedTrend, HoltWinters,
        GlobalBoosting.SeriesForecasts {

    /** Months of a year: the season of every model here. */
    int SEASON = 12;

    /** A short stable name, as shown on the leaderboard. */
    String name();

    /** The fewest past values the model needs. */
    int minimumHistory();

    /** Point forecasts for the {@code horizon} months after the last value of {@code history}. */
    double[] forecast(double[] history, int horizon);

    /** The next months equal the last month. */
    record Naive() implements ForecastModel {
        @Override
        public String name() {
            return "naive";
        }

        @Override
        public int minimumHistory() {
            return 1;
        }

        @Override
        public double[] forecast(double[] history, int horizon) {
            double[] out = new double[horizon];
            java.util.Arrays.fill(out, history[history.length - 1]);
            return out;
        }
    }

    /** Each month equals the same month a year before. */
    record SeasonalNaive() implements ForecastModel {
        @Override
        public String name() {
            return "seasonal-naive";
        }

        @Override
        public int minimumHistory() {
            return SEASON;
        }

        @Override
        public double[] forecast(double[] history, int horizon) {
            int n = history.length;
            double[] out = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                out[h - 1] = history[n - SEASON + (h - 1) % SEASON];
            }
            return out;
        }
    }

    /** The last value plus the average monthly change over the whole history. */
    record Drift() implements ForecastModel {
        @Override
        public String name() {
            return "drift";
        }

        @Override
        public int minimumHistory() {
            return 2;
        }

        @Override
        public double[] forecast(double[] history, int horizon) {
            int n = history.length;
            double slope = (history[n - 1] - history[0]) / (n - 1);
            double[] out = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                out[h - 1] = Math.max(0, history[n - 1] + h * slope);
            }
            return out;
        }
    }

    /**
     * The mean of several models' forecasts: a combination is often more accurate than any of its
     * members because their errors partly cancel.
     */
    record Combination(java.util.List<ForecastModel> members) implements ForecastModel {
        public Combination {
            members = java.util.List.copyOf(members);
            if (members.size() < 2) {
                throw new IllegalArgumentException("a combination needs at least two models");
            }
        }

        @Override
        public String name() {
            return "combination(" + String.join("+", members.stream().map(ForecastModel::name).toList()) + ")";
        }

        @Override
        public int minimumHistory() {
            return members.stream().mapToInt(ForecastModel::minimumHistory).max().orElseThrow();
        }

        @Override
        public double[] forecast(double[] history, int horizon) {
            double[] out = new double[horizon];
            for (ForecastModel m : members) {
                double[] f = m.forecast(history, horizon);
                for (int h = 0; h < horizon; h++) {
                    out[h] += f[h] / members.size();
                }
            }
            return out;
        }
    }

    /**
     * Holt's linear trend, damped: a smoothed level and trend, the trend fading by {@code phi} with
     * each step ahead, without a season (for annual series). The weights are fitted on a grid by
     * the sum of squared one-step errors.
     */
    record DampedTrend() implements ForecastModel {
        private static final double[] ALPHAS = {0.2, 0.4, 0.6, 0.8, 1.0};
        private static final double[] BETAS = {0.05, 0.2, 0.5};
        private static final double[] PHIS = {0.8, 0.9, 0.98};

        @Override
        public String name() {
            return "damped-trend";
        }

        @Override
        public int minimumHistory() {
            return 3;
        }

        @Override
        public double[] forecast(double[] history, int horizon) {
            double bestSse = Double.POSITIVE_INFINITY;
            double[] best = null;
            for (double alpha : ALPHAS) {
                for (double beta : BETAS) {
                    for (double phi : PHIS) {
                        double level = history[0];
                        double trend = history[1] - history[0];
                        double sse = 0;
                        for (int t = 1; t < history.length; t++) {
                            double predicted = level + phi * trend;
                            sse += (history[t] - predicted) * (history[t] - predicted);
                            double newLevel = alpha * history[t] + (1 - alpha) * predicted;
                            trend = beta * (newLevel - level) + (1 - beta) * phi * trend;
                            level = newLevel;
                        }
                        if (sse < bestSse) {
                            bestSse = sse;
                            best = new double[] {level, trend, phi};
                        }
                    }
                }
            }
            double[] out = new double[horizon];
            double damped = 0;
            for (int h = 1; h <= horizon; h++) {
                damped += Math.pow(best[2], h);
                out[h - 1] = Math.max(0, best[0] + damped * best[1]);
            }
            return out;
        }
    }
}
