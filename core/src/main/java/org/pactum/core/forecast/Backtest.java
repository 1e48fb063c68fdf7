package org.pactum.core.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rolling-origin backtest of several models on one series, and the forecast chosen from it.
 *
 * <p>At every origin {@code o} (the first {@code o} values known) each model that has enough history
 * forecasts the next {@code maxHorizon} months from those {@code o} values only. The <em>chosen</em>
 * forecast for horizon h at origin o is that of the model whose forecasts for horizon h had the
 * lowest mean scaled error among those already judged at o (target before index o), over the last
 * {@value #SELECTION_WINDOW} origins; before any was judged, the simplest baseline that fits. Its
 * 80 % and 95 % intervals are conformal: the empirical quantiles of the chosen forecasts' past
 * errors for that horizon (on the log scale, log(1 + value), so that intervals widen with the level
 * and never go below zero), again only errors already known at o. Nothing computed for origin o reads
 * a value at index o or later: that is what makes the backtest honest, and the last origin (all
 * values known) the live forecast.
 */
public final class Backtest {

    /** How many past origins the choice of model looks at. */
    public static final int SELECTION_WINDOW = 200;
    /** How many past errors of a horizon calibrate its intervals, at most. */
    public static final int CALIBRATION_WINDOW = 60;
    /** The fewest past errors that calibrate an interval. */
    public static final int MIN_CALIBRATION = 8;
    /** The model name of the chosen forecasts. */
    public static final String CHOSEN = "chosen";

    private final double[] y;
    private final List<ForecastModel> models;
    private final int firstOrigin;
    private final int maxHorizon;
    /** forecasts[m][o][h - 1]; NaN where model m had too little history at origin o. */
    private final double[][][] forecasts;
    private final double[] scales;
    private final String[][] chosenModel;
    private final double[][] chosen;

    private Backtest(double[] y, List<ForecastModel> models, int firstOrigin, int maxHorizon, int period) {
        this.y = y;
        this.models = List.copyOf(models);
        this.firstOrigin = firstOrigin;
        this.maxHorizon = maxHorizon;
        int n = y.length;
        forecasts = new double[models.size()][n + 1][];
        scales = new double[n + 1];
        for (int o = firstOrigin; o <= n; o++) {
            double[] history = Arrays.copyOf(y, o);
            scales[o] = scale(history, period);
            for (int m = 0; m < models.size(); m++) {
                ForecastModel model = models.get(m);
                if (o >= model.minimumHistory()) {
                    forecasts[m][o] = model.forecast(history, maxHorizon);
                } else {
                    forecasts[m][o] = nan(maxHorizon);
                }
            }
        }
        chosenModel = new String[n + 1][maxHorizon];
        chosen = new double[n + 1][maxHorizon];
        for (int o = firstOrigin; o <= n; o++) {
            for (int h = 1; h <= maxHorizon; h++) {
                int m = choose(o, h);
                chosenModel[o][h - 1] = models.get(m).name();
                chosen[o][h - 1] = forecasts[m][o][h - 1];
            }
        }
    }

    /**
     * Runs the backtest of {@code models} on {@code values}, with origins from {@code firstOrigin}
     * to the length of the series (the live forecast) and horizons 1 to {@code maxHorizon}.
     */
    public static Backtest run(double[] values, List<ForecastModel> models, int firstOrigin, int maxHorizon) {
        return run(values, models, firstOrigin, maxHorizon, ForecastModel.SEASON);
    }

    /**
     * The same for a series whose season is {@code period} values long: 12 for monthly series, 1 for
     * annual series (which have none), which sets the MASE scale.
     */
    public static Backtest run(double[] values, List<ForecastModel> models, int firstOrigin, int maxHorizon, int period) {
        if (period < 1) {
            throw new IllegalArgumentException("the period must be at least 1, was " + period);
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("a series without values cannot be forecast");
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("at least one model is needed");
        }
        if (maxHorizon < 1) {
            throw new IllegalArgumentException("the horizon must be at least 1 month, was " + maxHorizon);
        }
        if (firstOrigin < 1 || firstOrigin > values.length) {
            throw new IllegalArgumentException("the first origin must be between 1 and " + values.length + ", was " + firstOrigin);
        }
        return new Backtest(values.clone(), models, firstOrigin, maxHorizon, period);
    }

    /** The MASE scale of a monthly history: mean absolute change from a year before (month before if under 13 months). */
    public static double scale(double[] history) {
        return scale(history, ForecastModel.SEASON);
    }

    /**
     * The MASE scale of a history: the in-sample error of the seasonal naive forecast, that is the
     * mean absolute change from {@code period} values before (from the value before when the history
     * is not longer than a period).
     */
    public static double scale(double[] history, int period) {
        int lag = history.length > period ? period : 1;
        if (history.length <= lag) {
            return 0;
        }
        double sum = 0;
        for (int t = lag; t < history.length; t++) {
            sum += Math.abs(history[t] - history[t - lag]);
        }
        return sum / (history.length - lag);
    }

    public int length() {
        return y.length;
    }

    public int maxHorizon() {
        return maxHorizon;
    }

    public List<String> modelNames() {
        return models.stream().map(ForecastModel::name).toList();
    }

    /**
     * The backtest points of one model (or {@link #CHOSEN}) for origins from {@code fromOrigin} to
     * {@code toOrigin} inclusive, each with conformal intervals from that model's own past errors.
     */
    public List<BacktestPoint> points(String model, int fromOrigin, int toOrigin) {
        double[][] f = forecastsOf(model);
        List<BacktestPoint> out = new ArrayList<>();
        for (int o = Math.max(fromOrigin, firstOrigin); o <= Math.min(toOrigin, y.length); o++) {
            for (int h = 1; h <= maxHorizon; h++) {
                double point = f[o][h - 1];
                if (Double.isNaN(point)) {
                    continue;
                }
                int target = o + h - 1;
                double actual = target < y.length ? y[target] : Double.NaN;
                String name = model.equals(CHOSEN) ? chosenModel[o][h - 1] : model;
                double[] bounds = interval(f, o, h, point);
                out.add(new BacktestPoint(o, h, name, point, actual, scales[o], bounds[0], bounds[1], bounds[2], bounds[3]));
            }
        }
        return out;
    }

    /** The live forecast: the chosen forecasts from all values, horizons 1 to {@code horizon}. */
    public List<BacktestPoint> live(int horizon) {
        if (horizon < 1 || horizon > maxHorizon) {
            throw new IllegalArgumentException("the horizon must be between 1 and " + maxHorizon + ", was " + horizon);
        }
        return points(CHOSEN, y.length, y.length).stream().filter(p -> p.horizon() <= horizon).toList();
    }

    /** Accuracy per model (and {@link #CHOSEN}) for each of {@code horizons}, over origins in the range. */
    public Map<String, List<Accuracy>> leaderboard(int fromOrigin, int toOrigin, int... horizons) {
        Map<String, List<Accuracy>> out = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(modelNames());
        names.add(CHOSEN);
        for (String name : names) {
            List<BacktestPoint> points = points(name, fromOrigin, toOrigin);
            List<Accuracy> row = new ArrayList<>();
            for (int h : horizons) {
                row.add(Accuracy.of(h, points));
            }
            out.put(name, row);
        }
        return out;
    }

    private double[][] forecastsOf(String model) {
        if (model.equals(CHOSEN)) {
            return chosen;
        }
        int m = modelNames().indexOf(model);
        if (m < 0) {
            throw new IllegalArgumentException("no model " + model + " in this backtest");
        }
        return forecasts[m];
    }

    /** The model with the lowest mean scaled error for horizon h among forecasts judged before origin o. */
    private int choose(int o, int h) {
        int best = -1;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int m = 0; m < models.size(); m++) {
            if (Double.isNaN(forecasts[m][o][h - 1])) {
                continue;
            }
            double sum = 0;
            int count = 0;
            for (int p = o - h; p >= firstOrigin && p > o - h - SELECTION_WINDOW; p--) {
                double f = forecasts[m][p][h - 1];
                if (Double.isNaN(f)) {
                    continue;
                }
                sum += Math.abs(y[p + h - 1] - f) / Math.max(scales[p], 1.0);
                count++;
            }
            double score = count == 0 ? Double.POSITIVE_INFINITY : sum / count;
            if (best < 0 || score < bestScore) {
                best = m;
                bestScore = score;
            }
        }
        if (bestScore == Double.POSITIVE_INFINITY) {
            best = fallback(o, h);
        }
        return best;
    }

    /** Before any forecast was judged: the first baseline of the list that can forecast. */
    private int fallback(int o, int h) {
        for (int m = 0; m < models.size(); m++) {
            if (!Double.isNaN(forecasts[m][o][h - 1])) {
                return m;
            }
        }
        throw new IllegalStateException("no model can forecast from " + o + " values");
    }

    /** Conformal bounds for horizon h at origin o from the past log errors of the forecasts f. */
    private double[] interval(double[][] f, int o, int h, double point) {
        for (int k = h; k >= 1; k--) {
            double[] errors = pastLogErrors(f, o, k);
            if (errors.length >= MIN_CALIBRATION) {
                double widen = Math.sqrt((double) h / k);
                double centre = Math.log1p(Math.max(point, 0));
                return new double[] {bound(centre, widen * quantile(errors, 0.10)), bound(centre, widen * quantile(errors, 0.90)),
                    bound(centre, widen * quantile(errors, 0.025)), bound(centre, widen * quantile(errors, 0.975))};
            }
        }
        return nan(4);
    }

    private static double bound(double centre, double error) {
        return Math.max(0, Math.expm1(centre + error));
    }

    private double[] pastLogErrors(double[][] f, int o, int h) {
        double[] errors = new double[CALIBRATION_WINDOW];
        int count = 0;
        for (int p = o - h; p >= firstOrigin && count < CALIBRATION_WINDOW; p--) {
            double forecast = f[p][h - 1];
            if (!Double.isNaN(forecast)) {
                errors[count++] = Math.log1p(y[p + h - 1]) - Math.log1p(Math.max(forecast, 0));
            }
        }
        return Arrays.copyOf(errors, count);
    }

    /** The empirical quantile with linear interpolation between order statistics. */
    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static double[] nan(int n) {
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        return out;
    }
}
