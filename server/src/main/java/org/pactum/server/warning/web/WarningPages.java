package org.pactum.server.warning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pactum.server.identity.CurrentMember;
import org.pactum.server.identity.Role;
import org.pactum.server.register.RegisterLog;
import org.pactum.server.support.InvalidRequestException;
import org.pactum.server.support.NotFoundException;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.pactum.server.warning.EarlyWarning;
import org.pactum.server.warning.ForecastView;
import org.pactum.server.warning.Route;
import org.pactum.server.warning.Scenario;
import org.pactum.server.warning.SeriesInfo;
import org.pactum.server.warning.StressTest;
import org.pactum.server.warning.SurgeAlert;
import org.pactum.server.warning.SurgeWatch;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The early-warning pages: the explorer with its fan chart, the leaderboard, the alerts and the scenario builder. */
@Controller
class WarningPages {

    private static final String DEFAULT_SERIES = "frontex:central-mediterranean";

    private final EarlyWarning warning;
    private final SurgeWatch watch;
    private final StressTest stress;
    private final CurrentMember currentMember;
    private final RegisterLog publicRegister;
    private final JsonMapper json;

    WarningPages(EarlyWarning warning, SurgeWatch watch, StressTest stress, CurrentMember currentMember, RegisterLog publicRegister,
            JsonMapper json) {
        this.warning = warning;
        this.watch = watch;
        this.stress = stress;
        this.currentMember = currentMember;
        this.publicRegister = publicRegister;
        this.json = json;
    }

    @GetMapping("/early-warning")
    String explorer(@RequestParam(defaultValue = DEFAULT_SERIES) String series, @RequestParam(defaultValue = "6") int horizon, Model model) {
        EarlyWarning.checkHorizon(horizon);
        List<SeriesInfo> routes = warning.routes();
        model.addAttribute("routes", routes);
        model.addAttribute("horizon", horizon);
        model.addAttribute("selected", series);
        if (routes.isEmpty()) {
            return "warning/explorer";
        }
        SeriesInfo info = warning.info(series).orElseThrow(() -> new NotFoundException("series", series));
        ForecastView view = warning.forecast(series, horizon);
        model.addAttribute("view", view);
        model.addAttribute("nationalities", warning.series().stream()
                .filter(s -> s.route() == info.route() && s.nationality().isPresent()).limit(40).toList());
        model.addAttribute("chartJson", chart(view));
        model.addAttribute("recentHistory", view.history().subList(Math.max(0, view.history().size() - 12), view.history().size()));
        return "warning/explorer";
    }

    /** The annual destination series: asylum applications per destination state and their forecast in years. */
    @GetMapping("/early-warning/destinations")
    String destinations(@RequestParam(defaultValue = "eurostat:DEU") String series, @RequestParam(defaultValue = "2") int horizon,
            Model model) {
        EarlyWarning.checkHorizonYears(horizon);
        List<org.pactum.server.warning.DestinationInfo> all = warning.destinationSeries();
        model.addAttribute("series", all);
        model.addAttribute("horizon", horizon);
        model.addAttribute("selected", series);
        model.addAttribute("view", all.isEmpty() ? null : warning.destinationForecast(series, horizon));
        return "warning/destinations";
    }

    @GetMapping("/early-warning/leaderboard")
    String leaderboard(Model model) {
        model.addAttribute("rows", warning.leaderboard());
        model.addAttribute("routes", warning.routes());
        return "warning/leaderboard";
    }

    @GetMapping("/early-warning/alerts")
    String alerts(@RequestParam(defaultValue = "0") int page, Model model) {
        PageSlice<SurgeAlert> alerts = watch.alerts(new PageRequest(page, PageRequest.DEFAULT_SIZE));
        model.addAttribute("alerts", alerts);
        model.addAttribute("rules", watch.rules());
        model.addAttribute("inRegister", publicRegister.inRegister(alerts.items().stream().map(SurgeAlert::registerSubject).toList()));
        model.addAttribute("mayEvaluate", mayEvaluate());
        return "warning/alerts";
    }

    @GetMapping("/early-warning/scenarios")
    String scenarios(@RequestParam(required = false) String route, @RequestParam(required = false) Double percent,
            @RequestParam(required = false) String pool, @RequestParam(defaultValue = "6") int horizon, Model model) {
        EarlyWarning.checkHorizon(horizon);
        List<String> pools = stress.poolIds();
        model.addAttribute("allRoutes", Route.values());
        model.addAttribute("pools", pools);
        model.addAttribute("horizon", horizon);
        model.addAttribute("route", route == null ? Route.CENTRAL_MEDITERRANEAN.code() : route);
        model.addAttribute("percent", percent == null ? 40.0 : percent);
        model.addAttribute("pool", pool == null ? pools.stream().findFirst().orElse("") : pool);
        model.addAttribute("mayEvaluate", mayEvaluate());
        if (route == null || percent == null) {
            return "warning/scenarios";
        }
        Scenario scenario = Scenario.of(route, percent);
        model.addAttribute("scenario", scenario);
        if (warning.info(scenario.route().seriesId()).isPresent()) {
            ForecastView view = warning.forecast(scenario.route().seriesId(), horizon, scenario.factor(), Optional.of(scenario.basis()));
            model.addAttribute("view", view);
            model.addAttribute("chartJson", chart(view));
        }
        if (pool != null && !pool.isEmpty()) {
            if (!pools.contains(pool)) {
                throw new InvalidRequestException("pool", "is not a known solidarity pool: '" + pool + "'");
            }
            model.addAttribute("stress", stress.stress(pool, scenario));
        }
        return "warning/scenarios";
    }

    /** Raises the surge alerts of the current forecasts, or of a scenario (analysts and administrators). */
    @PostMapping("/early-warning/evaluations")
    String evaluate(@RequestParam(required = false) String route, @RequestParam(required = false) Double percent,
            RedirectAttributes redirect) {
        Optional<Scenario> scenario = route == null || route.isEmpty() ? Optional.empty()
                : Optional.of(Scenario.of(route, percent == null ? 0 : percent));
        List<SurgeAlert> raised = watch.evaluate(scenario);
        redirect.addFlashAttribute("raised", raised.size());
        return "redirect:/early-warning/alerts";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String refused(AccessDeniedException e, Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        return "error";
    }

    private boolean mayEvaluate() {
        return currentMember.get().filter(m -> m.role() == Role.ADMIN || m.role() == Role.ANALYST).isPresent();
    }

    /** The fan chart's data: the last five years of history, the forecast and its 80 % and 95 % bands. */
    private String chart(ForecastView view) {
        List<ForecastView.MonthValue> history = view.history().subList(Math.max(0, view.history().size() - 60), view.history().size());
        List<String> labels = new java.util.ArrayList<>();
        List<Double> observed = new java.util.ArrayList<>();
        List<Double> forecast = new java.util.ArrayList<>();
        List<Double> lower80 = new java.util.ArrayList<>();
        List<Double> upper80 = new java.util.ArrayList<>();
        List<Double> lower95 = new java.util.ArrayList<>();
        List<Double> upper95 = new java.util.ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            labels.add(history.get(i).month());
            observed.add(history.get(i).value());
            boolean last = i == history.size() - 1;
            Double v = last ? history.get(i).value() : null;
            forecast.add(v);
            lower80.add(v);
            upper80.add(v);
            lower95.add(v);
            upper95.add(v);
        }
        for (ForecastView.ForecastMonth m : view.forecast()) {
            labels.add(m.month());
            observed.add(null);
            forecast.add(round(m.forecast()));
            lower80.add(round(m.lower80()));
            upper80.add(round(m.upper80()));
            lower95.add(round(m.lower95()));
            upper95.add(round(m.upper95()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("observed", observed);
        data.put("forecast", forecast);
        data.put("lower80", lower80);
        data.put("upper80", upper80);
        data.put("lower95", lower95);
        data.put("upper95", upper95);
        return json.writeValueAsString(data).replace("</", "<\\/");
    }

    private static Double round(Double v) {
        return v == null ? null : (double) Math.round(v);
    }
}
