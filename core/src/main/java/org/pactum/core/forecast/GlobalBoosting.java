package org.pactum.core.forecast;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The global gradient-boosted model: boosted regression trees trained across every series of a
 * panel at once (all routes, or all routes and nationalities), so that a short or quiet series
 * learns from the patterns of the others.
 *
 * <p>Direct multi-horizon: one model per horizon 1 to {@code maxHorizon}, each predicting the value
 * {@code h} months after the origin on the log scale, relative to the series' mean of the last 12
 * months (so that a route of 100 arrivals a month and one of 10,000 share what they learn). The
 * features at an origin are those 12 months, the mean of the last 3 and of the year before, the
 * same month a year before the target, the calendar month of the target, the share of months
 * without arrivals, and the drivers of the series' country of origin (conflict deaths, GDP per
 * capita, unemployment, population and the change in conflict deaths) of the last complete year
 * before the origin.
 *
 * <p>No leakage: the models used at an origin month {@code M} were trained at a month {@code T <= M}
 * (every January, and at the month after the last value for the live forecast) on forecasts whose
 * target month was before {@code T}, with drivers of years before {@code T}'s year; the features at
 * {@code M} read only values before {@code M} and drivers of years before {@code M}'s year. The
 * trees are grown with one fixed seed, so the same data always gives the same forecasts.
 */
public final class GlobalBoosting {

    /** The drivers a series may carry, in this order. */
    public static final List<String> DRIVERS = List.of("battle-deaths", "gdp-per-capita-ppp", "unemployment", "population");
    /** The model's name on the leaderboard. */
    public static final String NAME = "gradient-boosting";
    /** The fewest past months an origin needs (the year the features are relative to). */
    public static final int MINIMUM_HISTORY = ForecastModel.SEASON;

    private static final int LAGS = ForecastModel.SEASON;
    private static final int FEATURES = 1 + LAGS + 5 + DRIVERS.size() + 1;

    private GlobalBoosting() {
    }

    /**
     * How the trees are grown and how often they are trained again.
     *
     * @param maxHorizon  the longest horizon modelled, in months (one model per horizon)
     * @param rounds      boosting rounds (trees) per model
     * @param depth       the depth of each tree
     * @param eta         the learning rate
     * @param threads     threads the library may use
     * @param minimumRows the fewest training rows (past forecasts of the panel) a model of one
     *                    horizon needs; with fewer it does not forecast
     */
    public record Settings(int maxHorizon, int rounds, int depth, double eta, int threads, int minimumRows) {
        public Settings {
            if (maxHorizon < 1 || maxHorizon > Forecaster.MAX_HORIZON) {
                throw new IllegalArgumentException("the horizon of the global model must be between 1 and " + Forecaster.MAX_HORIZON);
            }
            if (rounds < 1 || depth < 1 || !(eta > 0 && eta <= 1) || threads < 1 || minimumRows < 1) {
                throw new IllegalArgumentException("rounds, depth, threads and minimum rows must be at least 1 and eta in (0, 1]");
            }
        }

        /** The settings measured in the forecast benchmark. */
        public static Settings standard() {
            return new Settings(Forecaster.BACKTEST_HORIZON, 80, 4, 0.1, 1, 200);
        }
    }

    /**
     * The annual drivers of a series (those of its country of origin), by year, each array in the
     * order of {@link #DRIVERS}, NaN where a value is unknown.
     */
    public record Drivers(NavigableMap<Integer, double[]> byYear) {

        public static final Drivers NONE = new Drivers(new TreeMap<>());

        public Drivers {
            TreeMap<Integer, double[]> copy = new TreeMap<>();
            byYear.forEach((year, values) -> {
                if (values.length != DRIVERS.size()) {
                    throw new IllegalArgumentException("drivers of " + year + ": " + DRIVERS.size() + " values expected, got " + values.length);
                }
                copy.put(year, values.clone());
            });
            byYear = java.util.Collections.unmodifiableNavigableMap(copy);
        }

        /** Drivers from {@code name -> year -> value} (names from {@link #DRIVERS}; others are refused). */
        public static Drivers of(Map<String, Map<Integer, Double>> byName) {
            TreeMap<Integer, double[]> byYear = new TreeMap<>();
            byName.forEach((name, values) -> {
                int k = DRIVERS.indexOf(name);
                if (k < 0) {
                    throw new IllegalArgumentException("no driver " + name + "; drivers are " + DRIVERS);
                }
                values.forEach((year, value) -> byYear.computeIfAbsent(year, y -> nan(DRIVERS.size()))[k] = value);
            });
            return new Drivers(byYear);
        }

        /** The value of driver {@code k} in the last year before {@code year} that has one; NaN if none. */
        double before(int k, int year) {
            for (Map.Entry<Integer, double[]> e = byYear.lowerEntry(year); e != null; e = byYear.lowerEntry(e.getKey())) {
                if (!Double.isNaN(e.getValue()[k])) {
                    return e.getValue()[k];
                }
            }
            return Double.NaN;
        }

        /** The value of driver {@code k} of exactly {@code year}; NaN if unknown. */
        double in(int k, int year) {
            double[] v = byYear.get(year);
            return v == null ? Double.NaN : v[k];
        }
    }

    /** A series of the panel and its drivers. */
    public record Member(MonthlySeries series, Drivers drivers) {
        public Member {
            Objects.requireNonNull(series, "series");
            drivers = drivers == null ? Drivers.NONE : drivers;
        }
    }

    /**
     * Trains the global model across {@code panel} at every retraining month and returns, for each
     * member in order, the model's forecasts at every origin of that series (the backtest and the
     * live forecast), as a {@link ForecastModel} to put beside the others in a {@link Backtest} of
     * that series.
     */
    public static List<SeriesForecasts> backtest(List<Member> panel, Settings settings) {
        if (panel.isEmpty()) {
            throw new IllegalArgumentException("the global model needs at least one series");
        }
        Map<String, Integer> ids = new HashMap<>();
        for (Member m : panel) {
            if (ids.put(m.series().id(), 1) != null) {
                throw new IllegalArgumentException("series " + m.series().id() + " is twice in the panel");
            }
        }
        int horizons = settings.maxHorizon();
        double[][][] tables = new double[panel.size()][][];
        double[][] logs = new double[panel.size()][];
        for (int s = 0; s < panel.size(); s++) {
            tables[s] = new double[panel.get(s).series().length() + 1][];
            logs[s] = logValues(panel.get(s).series());
        }
        TreeSet<Integer> retrainings = retrainingMonths(panel);
        for (int h = 1; h <= horizons; h++) {
            Rows training = trainingRows(panel, logs, h);
            for (int t : retrainings) {
                Integer next = retrainings.higher(t);
                List<int[]> origins = originsBetween(panel, t, next == null ? Integer.MAX_VALUE : next);
                if (origins.isEmpty()) {
                    continue;
                }
                int rows = training.before(t);
                if (rows < settings.minimumRows()) {
                    continue;
                }
                float[] predicted = fitAndPredict(training, rows, panel, logs, origins, h, settings);
                for (int i = 0; i < origins.size(); i++) {
                    int s = origins.get(i)[0];
                    int o = origins.get(i)[1];
                    if (tables[s][o] == null) {
                        tables[s][o] = nan(horizons);
                    }
                    tables[s][o][h - 1] = Math.max(0, Math.expm1(reference(logs[s], o) + predicted[i]));
                }
            }
        }
        List<SeriesForecasts> out = new ArrayList<>();
        for (int s = 0; s < panel.size(); s++) {
            out.add(new SeriesForecasts(panel.get(s).series().id(), tables[s], horizons));
        }
        return out;
    }

    /**
     * The global model's forecasts of one series at each origin, looked up by the length of the
     * history given: it answers only for the series it was computed for.
     */
    public static final class SeriesForecasts implements ForecastModel {
        private final String seriesId;
        private final double[][] byOrigin;
        private final int maxHorizon;

        SeriesForecasts(String seriesId, double[][] byOrigin, int maxHorizon) {
            this.seriesId = seriesId;
            this.byOrigin = byOrigin;
            this.maxHorizon = maxHorizon;
        }

        public String seriesId() {
            return seriesId;
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public int minimumHistory() {
            return MINIMUM_HISTORY;
        }

        /** Whether the model forecast anything from {@code origin} values (it needs enough past forecasts of the panel to learn). */
        public boolean forecastsAt(int origin) {
            return origin < byOrigin.length && byOrigin[origin] != null;
        }

        @Override
        public double[] forecast(double[] history, int horizon) {
            if (history.length >= byOrigin.length) {
                throw new IllegalArgumentException("the global model forecast series " + seriesId + " from at most "
                        + (byOrigin.length - 1) + " values, not " + history.length);
            }
            double[] out = nan(horizon);
            double[] row = byOrigin[history.length];
            if (row != null) {
                System.arraycopy(row, 0, out, 0, Math.min(horizon, maxHorizon));
            }
            return out;
        }
    }

    /** The training rows of one horizon, in order of target month, so that those before a month are a prefix. */
    private record Rows(float[] features, float[] labels, int[] targetMonths) {
        int before(int month) {
            int lo = 0;
            int hi = targetMonths.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (targetMonths[mid] < month) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    private static Rows trainingRows(List<Member> panel, double[][] logs, int h) {
        List<long[]> keys = new ArrayList<>();
        for (int s = 0; s < panel.size(); s++) {
            MonthlySeries series = panel.get(s).series();
            for (int o = MINIMUM_HISTORY; o + h - 1 < series.length(); o++) {
                keys.add(new long[] {month(series, o + h - 1), s, o});
            }
        }
        keys.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[2], b[2]));
        float[] features = new float[keys.size() * FEATURES];
        float[] labels = new float[keys.size()];
        int[] months = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            int s = (int) keys.get(i)[1];
            int o = (int) keys.get(i)[2];
            Member m = panel.get(s);
            double[] lv = logs[s];
            features(m, lv, o, h, features, i * FEATURES);
            labels[i] = (float) (lv[o + h - 1] - reference(lv, o));
            months[i] = (int) keys.get(i)[0];
        }
        return new Rows(features, labels, months);
    }

    private static float[] fitAndPredict(Rows training, int rows, List<Member> panel, double[][] logs, List<int[]> origins, int h,
            Settings settings) {
        float[] x = new float[origins.size() * FEATURES];
        for (int i = 0; i < origins.size(); i++) {
            int s = origins.get(i)[0];
            features(panel.get(s), logs[s], origins.get(i)[1], h, x, i * FEATURES);
        }
        try {
            DMatrix train = new DMatrix(Arrays.copyOf(training.features(), rows * FEATURES), rows, FEATURES, Float.NaN);
            train.setLabel(Arrays.copyOf(training.labels(), rows));
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("objective", "reg:squarederror");
            parameters.put("tree_method", "hist");
            parameters.put("max_depth", settings.depth());
            parameters.put("eta", settings.eta());
            parameters.put("min_child_weight", 5);
            parameters.put("subsample", 0.8);
            parameters.put("colsample_bytree", 0.8);
            parameters.put("seed", 1);
            parameters.put("nthread", settings.threads());
            parameters.put("verbosity", 0);
            Booster booster = XGBoost.train(train, parameters, settings.rounds(), Map.of(), null, null);
            DMatrix test = new DMatrix(x, origins.size(), FEATURES, Float.NaN);
            float[][] predicted = booster.predict(test);
            booster.dispose();
            train.dispose();
            test.dispose();
            float[] out = new float[predicted.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = predicted[i][0];
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("the gradient-boosting library failed: " + e.getMessage(), e);
        }
    }

    /** The features of series m at origin o (values 0 to o - 1 known) for horizon h, written at {@code at}. */
    static void features(Member m, double[] lv, int o, int h, float[] out, int at) {
        double ref = reference(lv, o);
        int k = at;
        out[k++] = (float) ref;
        for (int lag = 1; lag <= LAGS; lag++) {
            out[k++] = (float) (lv[o - lag] - ref);
        }
        out[k++] = (float) (Math.log1p(meanOf(lv, o - 3, o)) - ref);
        out[k++] = o >= 2 * ForecastModel.SEASON ? (float) (Math.log1p(meanOf(lv, o - 24, o - 12)) - ref) : Float.NaN;
        int yearsBack = (h + ForecastModel.SEASON - 1) / ForecastModel.SEASON * ForecastModel.SEASON;
        int sameMonth = o + h - 1 - yearsBack;
        out[k++] = sameMonth >= 0 ? (float) (lv[sameMonth] - ref) : Float.NaN;
        YearMonth target = m.series().month(o + h - 1);
        out[k++] = target.getMonthValue();
        int zeros = 0;
        for (int i = o - LAGS; i < o; i++) {
            zeros += lv[i] == 0 ? 1 : 0;
        }
        out[k++] = zeros / (float) LAGS;
        int year = m.series().month(o).getYear();
        Drivers d = m.drivers();
        double deaths = d.before(0, year);
        out[k++] = (float) Math.log1p(deaths);
        out[k++] = (float) Math.log(d.before(1, year));
        out[k++] = (float) d.before(2, year);
        out[k++] = (float) Math.log(d.before(3, year));
        out[k++] = (float) (Math.log1p(d.in(0, year - 1)) - Math.log1p(d.in(0, year - 2)));
    }

    /** log(1 + mean of the 12 values before o). */
    static double reference(double[] lv, int o) {
        return Math.log1p(meanOf(lv, o - LAGS, o));
    }

    /** The mean of the values (not logs) from index from to to - 1, from their logs. */
    private static double meanOf(double[] lv, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += Math.expm1(lv[i]);
        }
        return sum / (to - from);
    }

    private static double[] logValues(MonthlySeries series) {
        double[] lv = series.values();
        for (int i = 0; i < lv.length; i++) {
            lv[i] = Math.log1p(lv[i]);
        }
        return lv;
    }

    /** Every January from the first month any origin could use, and the month after each series' last value. */
    private static TreeSet<Integer> retrainingMonths(List<Member> panel) {
        TreeSet<Integer> out = new TreeSet<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Member m : panel) {
            MonthlySeries s = m.series();
            if (s.length() >= MINIMUM_HISTORY) {
                first = Math.min(first, month(s, MINIMUM_HISTORY));
                last = Math.max(last, month(s, s.length()));
                out.add(month(s, s.length()));
            }
        }
        for (int t = first; t <= last; t++) {
            if (t % 12 == 0) {
                out.add(t);
            }
        }
        if (first != Integer.MAX_VALUE) {
            out.add(first);
        }
        return out;
    }

    /** The (series, origin) pairs whose origin month is in [from, to), each with at least a year of history. */
    private static List<int[]> originsBetween(List<Member> panel, int from, int to) {
        List<int[]> out = new ArrayList<>();
        for (int s = 0; s < panel.size(); s++) {
            MonthlySeries series = panel.get(s).series();
            for (int o = MINIMUM_HISTORY; o <= series.length(); o++) {
                int month = month(series, o);
                if (month >= from && month < to) {
                    out.add(new int[] {s, o});
                }
            }
        }
        return out;
    }

    /** Months since year 0 of the value at index i (i may be the length: the month after the last). */
    private static int month(MonthlySeries s, int i) {
        YearMonth m = s.start().plusMonths(i);
        return m.getYear() * 12 + m.getMonthValue() - 1;
    }

    private static double[] nan(int n) {
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        return out;
    }
}
