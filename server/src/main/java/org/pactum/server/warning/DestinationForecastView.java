package org.pactum.server.warning;

import java.util.List;
import java.util.Optional;

/**
 * An annual destination series' history and forecast, in years: each forecast year with the model
 * chosen for its horizon and its 80 % and 95 % bounds (absent while too few past forecasts calibrate
 * them), the notice when the series is too short for the models, and the backtest accuracy.
 */
public record DestinationForecastView(DestinationInfo series, int horizon, List<YearValue> history, List<ForecastYear> forecast,
        Optional<String> notice, List<ForecastView.AccuracyRow> accuracy) {

    public record YearValue(int year, double value) {
    }

    public record ForecastYear(int year, int horizon, String model, double forecast, Double lower80, Double upper80, Double lower95,
            Double upper95) {
    }
}
