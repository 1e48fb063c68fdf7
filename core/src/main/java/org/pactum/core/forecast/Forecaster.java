package org.pactum.core.forecast;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Forecasts a monthly series with every model it is long enough for, chooses per horizon from the
 * backtest, and says plainly when the series is too short for a model and a baseline is used.
 */
public final class Forecaster {

    /** The longest horizon anyone may ask for, in months. */
    public static final int MAX_HORIZON = 36;
    /** Months a backtest needs before its first origin, so that the models have something to learn from. */
    public static final int WARM_UP = 24;
    /** The backtest behind a forecast always judges horizons 1 to 6 at least, for the leaderboard. */
    public static final int BACKTEST_HORIZON = 6;

    private static final List<ForecastModel> CANDIDATES = List.of(new ForecastModel.SeasonalNaive(), new ForecastModel.Naive(),
            new ForecastModel.Drift(), new HoltWinters(HoltWinters.Seasonality.AUTO),
            new ForecastModel.Combination(List.of(new ForecastModel.SeasonalNaive(), new ForecastModel.Naive(),
                    new HoltWinters(HoltWinters.Seasonality.AUTO))));

    private Forecaster() {
    }

    /** Every candidate model, baselines first (the first that fits is the fallback before any backtest). */
    public static List<ForecastModel> candidates() {
        return CANDIDATES;
    }

    /** The candidates a series of {@code length} months is long enough for. */
    public static List<ForecastModel> candidatesFor(int length) {
        return CANDIDATES.stream().filter(m -> m.minimumHistory() <= length).toList();
    }

    /** The forecast of a series for {@code horizon} months, with the backtest it rests on. */
    public record SeriesForecast(MonthlySeries series, int horizon, List<BacktestPoint> points, Backtest backtest,
            Optional<String> notice) {

        public YearMonth month(BacktestPoint point) {
            return series.month(point.target());
        }
    }

    /**
     * Forecasts {@code series} {@code horizon} months ahead (1 to {@value #MAX_HORIZON}). A series too
     * short for a model is forecast by the models it is long enough for, and the notice says which
     * were left out and why.
     */
    public static SeriesForecast forecast(MonthlySeries series, int horizon) {
        return forecast(series, horizon, List.of());
    }

    /**
     * The same, with further candidates computed elsewhere for this series, such as the forecasts of
     * the global gradient-boosted model ({@link GlobalBoosting}); each joins the choice where it
     * forecast, and is left out where it did not.
     */
    public static SeriesForecast forecast(MonthlySeries series, int horizon, List<? extends ForecastModel> extra) {
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw new IllegalArgumentException("the horizon must be between 1 and " + MAX_HORIZON + " months, was " + horizon);
        }
        int n = series.length();
        if (n == 0) {
            throw new IllegalArgumentException("series " + series.id() + " has no values to forecast from");
        }
        List<ForecastModel> baseline = candidatesFor(n);
        List<ForecastModel> models = new java.util.ArrayList<>(baseline);
        extra.stream().filter(m -> m.minimumHistory() <= n).forEach(models::add);
        Optional<String> notice = Optional.empty();
        if (baseline.size() < CANDIDATES.size()) {
            List<String> missing = CANDIDATES.stream().filter(m -> !baseline.contains(m))
                    .map(m -> m.name() + " needs " + m.minimumHistory()).toList();
            notice = Optional.of("Series " + series.id() + " has only " + n + " months (" + String.join(", ", missing)
                    + "): forecast by the baseline " + models.get(0).name() + (models.size() > 1 ? " and the other models it fits" : ""));
        }
        int firstOrigin = Math.max(1, Math.min(WARM_UP, n));
        Backtest backtest = Backtest.run(series.values(), models, firstOrigin, Math.max(horizon, BACKTEST_HORIZON));
        if (n <= WARM_UP && notice.isEmpty()) {
            notice = Optional.of("Series " + series.id() + " has only " + n + " months: too few past forecasts to choose a model"
                    + " or calibrate intervals; forecast by the baseline " + models.get(0).name());
        }
        return new SeriesForecast(series, horizon, backtest.live(horizon), backtest, notice);
    }

    /** The longest horizon of an annual series, in years (36 months). */
    public static final int MAX_HORIZON_YEARS = 3;
    /** Years an annual backtest needs before its first origin. */
    public static final int ANNUAL_WARM_UP = 5;

    private static final List<ForecastModel> ANNUAL_CANDIDATES = List.of(new ForecastModel.Naive(), new ForecastModel.Drift(),
            new ForecastModel.DampedTrend(), new ForecastModel.Combination(List.of(new ForecastModel.Naive(), new ForecastModel.DampedTrend())));

    /** The models of annual series, the baseline (naive) first. */
    public static List<ForecastModel> annualCandidates() {
        return ANNUAL_CANDIDATES;
    }

    /** The forecast of an annual series, with the backtest it rests on. */
    public record AnnualForecast(AnnualSeries series, int horizon, List<BacktestPoint> points, Backtest backtest, Optional<String> notice) {

        public int year(BacktestPoint point) {
            return series.year(point.target());
        }
    }

    /**
     * Forecasts an annual series {@code horizon} years ahead (1 to {@value #MAX_HORIZON_YEARS}) with
     * naive, drift, a damped trend and the mean of naive and damped trend, chosen per horizon from
     * the backtest as for monthly series (the MASE scale is the mean change from a year to the next).
     * A series shorter than a model needs, or than the warm-up, falls back to the baseline with a
     * notice saying so.
     */
    public static AnnualForecast forecastAnnual(AnnualSeries series, int horizon) {
        if (horizon < 1 || horizon > MAX_HORIZON_YEARS) {
            throw new IllegalArgumentException("the horizon must be between 1 and " + MAX_HORIZON_YEARS + " years, was " + horizon);
        }
        int n = series.length();
        if (n == 0) {
            throw new IllegalArgumentException("series " + series.id() + " has no values to forecast from");
        }
        List<ForecastModel> models = ANNUAL_CANDIDATES.stream().filter(m -> m.minimumHistory() <= n).toList();
        Optional<String> notice = Optional.empty();
        if (n <= ANNUAL_WARM_UP) {
            notice = Optional.of("Series " + series.id() + " has only " + n + " years: too few past forecasts to choose a model or"
                    + " calibrate intervals; forecast by the baseline " + models.get(0).name());
        }
        int firstOrigin = Math.max(1, Math.min(ANNUAL_WARM_UP, n));
        Backtest backtest = Backtest.run(series.values(), models, firstOrigin, Math.max(horizon, MAX_HORIZON_YEARS), 1);
        return new AnnualForecast(series, horizon, backtest.live(horizon), backtest, notice);
    }
}
