package org.pactum.server.warning.web;

import java.util.List;
import java.util.Optional;
import org.pactum.server.support.InvalidRequestException;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.pactum.server.warning.DestinationForecastView;
import org.pactum.server.warning.DestinationInfo;
import org.pactum.server.warning.EarlyWarning;
import org.pactum.server.warning.ForecastView;
import org.pactum.server.warning.Scenario;
import org.pactum.server.warning.SeriesInfo;
import org.pactum.server.warning.StressTest;
import org.pactum.server.warning.StressView;
import org.pactum.server.warning.SurgeAlert;
import org.pactum.server.warning.SurgeRuleDefinition;
import org.pactum.server.warning.SurgeRuleRequest;
import org.pactum.server.warning.SurgeWatch;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The early warning's JSON API: series, forecasts, the leaderboard, surge rules and alerts, stress tests. */
@RestController
class WarningApi {

    private final EarlyWarning warning;
    private final SurgeWatch watch;
    private final StressTest stress;

    WarningApi(EarlyWarning warning, SurgeWatch watch, StressTest stress) {
        this.warning = warning;
        this.watch = watch;
        this.stress = stress;
    }

    /** Scenario of an evaluation: arrivals on a route this percentage above their forecast. */
    record ScenarioRequest(String route, Double percent) {
    }

    @GetMapping("/api/v1/early-warning/series")
    PageSlice<SeriesInfo> series(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        PageRequest request = new PageRequest(page, size);
        List<SeriesInfo> all = warning.series();
        int from = (int) Math.min(request.offset(), all.size());
        return new PageSlice<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }

    @GetMapping("/api/v1/early-warning/forecasts")
    ForecastView forecast(@RequestParam String series, @RequestParam(defaultValue = "6") int horizon) {
        EarlyWarning.checkHorizon(horizon);
        if (warning.info(series).isEmpty()) {
            throw new InvalidRequestException("series", "is not a known monthly series: '" + series + "' (see /api/v1/early-warning/series"
                    + (EarlyWarning.isDestinationId(series) ? "; annual destination series: /api/v1/early-warning/destination-forecasts" : "")
                    + ")");
        }
        return warning.forecast(series, horizon);
    }

    @GetMapping("/api/v1/early-warning/destination-series")
    List<DestinationInfo> destinationSeries() {
        return warning.destinationSeries();
    }

    /** The forecast of an annual destination series ({@code eurostat:<ISO3>} or {@code unhcr:<ISO3>}), horizon in years (1 to 3). */
    @GetMapping("/api/v1/early-warning/destination-forecasts")
    DestinationForecastView destinationForecast(@RequestParam String series, @RequestParam(defaultValue = "2") int horizon) {
        return warning.destinationForecast(series, horizon);
    }

    @GetMapping("/api/v1/early-warning/leaderboard")
    List<ForecastView.AccuracyRow> leaderboard() {
        return warning.leaderboard();
    }

    @GetMapping("/api/v1/early-warning/surge-rules")
    List<SurgeRuleDefinition> rules() {
        return watch.rules();
    }

    @PostMapping("/api/v1/early-warning/surge-rules")
    @ResponseStatus(HttpStatus.CREATED)
    SurgeRuleDefinition define(@RequestBody SurgeRuleRequest request) {
        return watch.define(request);
    }

    @GetMapping("/api/v1/early-warning/surge-alerts")
    PageSlice<SurgeAlert> alerts(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return watch.alerts(new PageRequest(page, size));
    }

    @GetMapping("/api/v1/early-warning/surge-alerts/{id}")
    SurgeAlert alert(@PathVariable long id) {
        return watch.requireAlert(id);
    }

    /** Evaluates the surge rules on the current forecasts, or on a scenario ({@code {"route","percent"}}); returns the alerts raised. */
    @PostMapping("/api/v1/early-warning/evaluations")
    List<SurgeAlert> evaluate(@RequestBody(required = false) ScenarioRequest scenario) {
        if (scenario == null || scenario.route() == null && scenario.percent() == null) {
            return watch.evaluate(Optional.empty());
        }
        if (scenario.percent() == null) {
            throw new InvalidRequestException("percent", "is required with a route");
        }
        return watch.evaluate(Optional.of(Scenario.of(scenario.route(), scenario.percent())));
    }

    @GetMapping("/api/v1/early-warning/stress-tests")
    StressView stressTest(@RequestParam String pool, @RequestParam String route, @RequestParam double percent) {
        Scenario scenario = Scenario.of(route, percent);
        if (!stress.poolIds().contains(pool)) {
            throw new InvalidRequestException("pool", "is not a known solidarity pool: '" + pool + "'");
        }
        return stress.stress(pool, scenario);
    }
}
