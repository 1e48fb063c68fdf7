package org.pactum.server.warning;

import java.util.List;
import java.util.Optional;

/**
 * A series' history and forecast as the explorer and the API show it: each forecast month with the
 * model chosen for its horizon and its 80 % and 95 % bounds (absent while too few past forecasts
 * calibrate them), the notice when the series was too short for some models, and how the chosen
 * forecasts and each model did in the backtest (origins from 2019 on).
 */
public record ForecastView(SeriesInfo series, int horizon, Optional<String> scenario, List<MonthValue> history,
        List<ForecastMonth> forecast, Optional<String> notice, List<AccuracyRow> accuracy) {

    public record MonthValue(String month, double value) {
    }

    public record ForecastMonth(String month, int horizon, String model, double forecast, Double lower80, Double upper80,
            Double lower95, Double upper95) {
    }

    /** Backtest accuracy of one model at one horizon; {@code null} where undefined (no forecast judged, zero scale). */
    public record AccuracyRow(String seriesId, String model, int horizon, int forecasts, Double mase, Double smape, Double bias,
            Double coverage80, Double coverage95) {
    }
}
