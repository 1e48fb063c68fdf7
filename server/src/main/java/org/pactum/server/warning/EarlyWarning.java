package org.pactum.server.warning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pactum.core.forecast.Accuracy;
import org.pactum.core.forecast.Backtest;
import org.pactum.core.forecast.BacktestPoint;
import org.pactum.core.forecast.Forecaster;
import org.pactum.core.forecast.GlobalBoosting;
import org.pactum.core.forecast.MonthlySeries;
import org.pactum.server.support.InvalidRequestException;
import org.pactum.server.support.NotFoundException;
import org.pactum.core.forecast.AnnualSeries;
import org.pactum.server.warning.internal.DestinationSeries;
import org.pactum.server.warning.internal.FrontexSeries;
import org.pactum.server.warning.internal.GlobalModel;
import org.springframework.stereotype.Service;

/**
 * Forecasts of arrivals per route and per nationality on a route, with the backtest each rests on,
 * and the leaderboard of models over the route totals.
 */
@Service
public class EarlyWarning {

    /** The backtest judges forecasts made from this month on. */
    public static final YearMonth BACKTEST_FROM = YearMonth.of(2019, 1);
    /** The horizons of the leaderboard, in months. */
    public static final int[] LEADERBOARD_HORIZONS = {1, 3, 6};

    private final FrontexSeries frontex;
    private final DestinationSeries destinations;
    private final GlobalModel global;
    private final Map<String, CachedBoard> leaderboards = new ConcurrentHashMap<>();

    private record CachedBoard(String edition, boolean withGlobalModel, List<ForecastView.AccuracyRow> rows) {
    }

    EarlyWarning(FrontexSeries frontex, DestinationSeries destinations, GlobalModel global) {
        this.frontex = frontex;
        this.destinations = destinations;
        this.global = global;
    }

    /** Every series that can be forecast, route totals first. */
    public List<SeriesInfo> series() {
        return frontex.all();
    }

    public List<SeriesInfo> routes() {
        return frontex.routes();
    }

    public Optional<SeriesInfo> info(String seriesId) {
        return frontex.info(seriesId);
    }

    /** The series' values; 404 for an unknown series. */
    public MonthlySeries require(String seriesId) {
        return frontex.series(seriesId).orElseThrow(() -> new NotFoundException("series", seriesId));
    }

    /** Checks a horizon asked for by a client: 1 to 36 months, else 400 naming {@code horizon}. */
    public static int checkHorizon(int horizon) {
        if (horizon < 1 || horizon > Forecaster.MAX_HORIZON) {
            throw new InvalidRequestException("horizon", "must be between 1 and " + Forecaster.MAX_HORIZON + " months, was " + horizon);
        }
        return horizon;
    }

    /**
     * Waits until the global gradient-boosted model is trained on the current data (training it in
     * this thread if need be), for a caller that wants every model in its forecast, such as the
     * command line.
     */
    public void awaitGlobalModel() {
        global.trainNow();
    }

    /** The forecast of a series {@code horizon} months ahead. */
    public ForecastView forecast(String seriesId, int horizon) {
        return forecast(seriesId, horizon, 1.0, Optional.empty());
    }

    /**
     * The forecast of a series under a scenario: every forecast month and its bounds multiplied by
     * {@code factor} (1.4 for 40 % more arrivals than forecast).
     */
    public ForecastView forecast(String seriesId, int horizon, double factor, Optional<String> scenario) {
        checkHorizon(horizon);
        MonthlySeries series = require(seriesId);
        SeriesInfo info = frontex.info(seriesId).orElseThrow();
        Forecaster.SeriesForecast f = scaled(coreForecast(series, horizon), factor);
        List<ForecastView.MonthValue> history = new ArrayList<>();
        for (int i = 0; i < series.length(); i++) {
            history.add(new ForecastView.MonthValue(series.month(i).toString(), series.at(i)));
        }
        List<ForecastView.ForecastMonth> months = f.points().stream().map(p -> new ForecastView.ForecastMonth(
                f.month(p).toString(), p.horizon(), p.model(), p.forecast(), value(p.lower80()), value(p.upper80()),
                value(p.lower95()), value(p.upper95()))).toList();
        return new ForecastView(info, horizon, scenario, history, months, f.notice(), accuracy(series, f.backtest()));
    }

    /** The core forecast of a series, scaled by a scenario's factor (used by the surge rules). */
    public Forecaster.SeriesForecast coreForecast(String seriesId, int horizon, double factor) {
        checkHorizon(horizon);
        return scaled(coreForecast(require(seriesId), horizon), factor);
    }

    /**
     * The forecast of a series by every model that fits it, the global gradient-boosted model among
     * them once it is trained on the current data; until then the notice says it is left out.
     */
    private Forecaster.SeriesForecast coreForecast(MonthlySeries series, int horizon) {
        Optional<GlobalBoosting.SeriesForecasts> boosted = global.forecasts(series.id());
        Forecaster.SeriesForecast f = Forecaster.forecast(series, horizon, boosted.map(List::of).orElse(List.of()));
        if (boosted.isPresent() || !global.enabled() || global.ready()) {
            return f;
        }
        String training = "The global gradient-boosted model is still learning from all series; this forecast is made by the other models.";
        return new Forecaster.SeriesForecast(f.series(), f.horizon(), f.points(), f.backtest(),
                Optional.of(f.notice().map(n -> n + " ").orElse("") + training));
    }

    /** The backtest leaderboard over the route totals: every model and the chosen forecasts at horizons 1, 3 and 6. */
    public List<ForecastView.AccuracyRow> leaderboard() {
        List<ForecastView.AccuracyRow> rows = new ArrayList<>();
        for (SeriesInfo route : frontex.routes()) {
            CachedBoard cached = leaderboards.get(route.id());
            boolean withGlobalModel = global.ready();
            if (cached == null || !cached.edition().equals(route.edition()) || cached.withGlobalModel() != withGlobalModel) {
                MonthlySeries series = require(route.id());
                cached = new CachedBoard(route.edition(), withGlobalModel, accuracy(series, coreForecast(series, 6).backtest()));
                leaderboards.put(route.id(), cached);
            }
            rows.addAll(cached.rows());
        }
        return rows;
    }

    /** Every annual destination series: asylum applications per destination state (Eurostat, then UNHCR). */
    public List<DestinationInfo> destinationSeries() {
        return destinations.all();
    }

    public Optional<DestinationInfo> destinationInfo(String seriesId) {
        return destinations.info(seriesId);
    }

    /** Whether an id has the form of a destination series ({@code eurostat:<ISO3>}, {@code unhcr:<ISO3>}), known or not. */
    public static boolean isDestinationId(String seriesId) {
        return DestinationSeries.isDestinationId(seriesId);
    }

    /** Checks a horizon in years asked for by a client: 1 to 3 (36 months), else 400 naming {@code horizon}. */
    public static int checkHorizonYears(int horizon) {
        if (horizon < 1 || horizon > Forecaster.MAX_HORIZON_YEARS) {
            throw new InvalidRequestException("horizon", "must be between 1 and " + Forecaster.MAX_HORIZON_YEARS
                    + " years for an annual series, was " + horizon);
        }
        return horizon;
    }

    /** The forecast of an annual destination series {@code horizon} years ahead; 400 naming the parameter for a bad one. */
    public DestinationForecastView destinationForecast(String seriesId, int horizon) {
        checkHorizonYears(horizon);
        DestinationInfo info = destinations.info(seriesId).orElseThrow(() -> new InvalidRequestException("series",
                "is not a known destination series: '" + seriesId + "' (see /api/v1/early-warning/destination-series)"));
        AnnualSeries series = destinations.series(seriesId).orElseThrow();
        Forecaster.AnnualForecast f = Forecaster.forecastAnnual(series, horizon);
        List<DestinationForecastView.YearValue> history = new ArrayList<>();
        for (int i = 0; i < series.length(); i++) {
            history.add(new DestinationForecastView.YearValue(series.year(i), series.values()[i]));
        }
        List<DestinationForecastView.ForecastYear> years = f.points().stream().map(p -> new DestinationForecastView.ForecastYear(
                f.year(p), p.horizon(), p.model(), p.forecast(), value(p.lower80()), value(p.upper80()), value(p.lower95()),
                value(p.upper95()))).toList();
        List<ForecastView.AccuracyRow> rows = new ArrayList<>();
        int from = Math.min(Forecaster.ANNUAL_WARM_UP, series.length());
        if (from < series.length()) {
            f.backtest().leaderboard(from, series.length() - 1, 1, 2, 3).forEach((model, list) -> {
                for (Accuracy a : list) {
                    if (a.forecasts() > 0) {
                        rows.add(new ForecastView.AccuracyRow(seriesId, model, a.horizon(), a.forecasts(), value(a.mase()), value(a.smape()),
                                value(a.bias()), value(a.coverage80()), value(a.coverage95())));
                    }
                }
            });
        }
        return new DestinationForecastView(info, horizon, history, years, f.notice(), rows);
    }

    private static List<ForecastView.AccuracyRow> accuracy(MonthlySeries series, Backtest backtest) {
        int from = Math.max(series.indexOf(BACKTEST_FROM), 1);
        List<ForecastView.AccuracyRow> rows = new ArrayList<>();
        if (from >= series.length()) {
            return rows;
        }
        backtest.leaderboard(from, series.length() - 1, LEADERBOARD_HORIZONS).forEach((model, list) -> {
            for (Accuracy a : list) {
                if (a.forecasts() > 0) {
                    rows.add(new ForecastView.AccuracyRow(series.id(), model, a.horizon(), a.forecasts(), value(a.mase()),
                            value(a.smape()), value(a.bias()), value(a.coverage80()), value(a.coverage95())));
                }
            }
        });
        return rows;
    }

    private static Forecaster.SeriesForecast scaled(Forecaster.SeriesForecast f, double factor) {
        if (factor == 1.0) {
            return f;
        }
        List<BacktestPoint> points = f.points().stream().map(p -> new BacktestPoint(p.origin(), p.horizon(), p.model(),
                p.forecast() * factor, p.actual(), p.scale(), p.lower80() * factor, p.upper80() * factor, p.lower95() * factor,
                p.upper95() * factor)).toList();
        return new Forecaster.SeriesForecast(f.series(), f.horizon(), points, f.backtest(), f.notice());
    }

    private static Double value(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }
}
