package org.pactum.server.warning.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pactum.core.forecast.GlobalBoosting;
import org.pactum.core.forecast.MonthlySeries;
import org.pactum.server.reference.Observation;
import org.pactum.server.reference.ObservationQuery;
import org.pactum.server.reference.ReferenceCatalog;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.pactum.server.warning.SeriesInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import jakarta.annotation.PreDestroy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The global gradient-boosted model of the early warning, trained across the Frontex series (every
 * route total, and with {@code pactum.warning.global-model=all} every route x nationality series of
 * at least 36 months, with the drivers of the nationality's country: UCDP battle deaths, World Bank
 * GDP per capita, unemployment and population from the reference data) at every retraining month
 * of the backtest. Training takes from seconds (routes) to minutes (all), so it runs in the
 * background after start and again when a newer edition of a route is imported; until it is done,
 * forecasts are made by the other models and say so. {@code off} leaves the model out.
 */
@Component
public class GlobalModel {

    /** The indicators of the reference data that feed the model's drivers, in the order of {@link GlobalBoosting#DRIVERS}. */
    static final List<String> DRIVER_INDICATORS = List.of("ucdp.battle-deaths", "wdi.gdp-per-capita-ppp", "wdi.unemployment",
            "wdi.population");
    /** The fewest months a route x nationality series needs to join the panel. */
    static final int PANEL_MINIMUM = 36;

    private static final Logger log = LoggerFactory.getLogger(GlobalModel.class);

    private enum Panel { ALL, ROUTES, OFF }

    private record Trained(String editions, Map<String, GlobalBoosting.SeriesForecasts> bySeries) {
    }

    private final FrontexSeries frontex;
    private final ReferenceCatalog catalog;
    private final Panel panel;
    private final AtomicBoolean training = new AtomicBoolean();
    private volatile Trained trained;
    private volatile boolean closed;

    GlobalModel(FrontexSeries frontex, ReferenceCatalog catalog, @Value("${pactum.warning.global-model:all}") String panel) {
        this.frontex = frontex;
        this.catalog = catalog;
        this.panel = Panel.valueOf(panel.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether the model is in use here at all. */
    public boolean enabled() {
        return panel != Panel.OFF;
    }

    /**
     * The model's forecasts of a series, when it has been trained on the current editions; empty
     * (and training started) otherwise, or when the series is not in the panel.
     */
    public Optional<GlobalBoosting.SeriesForecasts> forecasts(String seriesId) {
        if (!enabled()) {
            return Optional.empty();
        }
        Trained t = trained;
        if (t == null || !t.editions().equals(editions())) {
            start();
            return Optional.empty();
        }
        return Optional.ofNullable(t.bySeries().get(seriesId));
    }

    /** Whether the model is trained on the current editions. */
    public boolean ready() {
        Trained t = trained;
        return enabled() && t != null && t.editions().equals(editions());
    }

    /** A web server starts training at once; a command-line run trains only when it asks for the model. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart(ApplicationReadyEvent event) {
        if (enabled() && event.getApplicationContext() instanceof WebServerApplicationContext) {
            start();
        }
    }

    @PreDestroy
    void stop() {
        closed = true;
    }

    /**
     * Trains now in the calling thread unless the model is trained on the current editions already
     * (used by the background thread, and by the command line, which waits for the model).
     */
    public synchronized void trainNow() {
        if (!enabled() || closed || ready()) {
            return;
        }
        String editions = editions();
        List<GlobalBoosting.Member> members = members();
        if (members.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Map<String, GlobalBoosting.SeriesForecasts> bySeries = new LinkedHashMap<>();
        GlobalBoosting.backtest(members, GlobalBoosting.Settings.standard()).forEach(f -> bySeries.put(f.seriesId(), f));
        trained = new Trained(editions, bySeries);
        log.info("Global gradient-boosted model trained on {} series in {} s", members.size(), (System.nanoTime() - started) / 1_000_000_000L);
    }

    private void start() {
        if (closed || !training.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                trainNow();
            } catch (RuntimeException e) {
                log.warn("The global gradient-boosted model could not be trained: {}", e.toString());
            } finally {
                training.set(false);
            }
        }, "global-forecast-model");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private String editions() {
        StringBuilder out = new StringBuilder();
        frontex.routes().forEach(r -> out.append(r.id()).append('@').append(r.edition()).append(';'));
        return out.toString();
    }

    private List<GlobalBoosting.Member> members() {
        List<GlobalBoosting.Member> out = new ArrayList<>();
        Map<String, GlobalBoosting.Drivers> drivers = panel == Panel.ALL ? drivers() : Map.of();
        for (SeriesInfo info : frontex.all()) {
            if (info.nationality().isEmpty() || panel == Panel.ALL && info.months() >= PANEL_MINIMUM) {
                MonthlySeries series = frontex.series(info.id()).orElseThrow();
                out.add(new GlobalBoosting.Member(series,
                        info.nationality().map(n -> drivers.getOrDefault(n, GlobalBoosting.Drivers.NONE)).orElse(GlobalBoosting.Drivers.NONE)));
            }
        }
        return out;
    }

    /** The drivers of every country, from the reference data's annual figures. */
    private Map<String, GlobalBoosting.Drivers> drivers() {
        Map<String, Map<String, Map<Integer, Double>>> byCountry = new TreeMap<>();
        for (int k = 0; k < DRIVER_INDICATORS.size(); k++) {
            String name = GlobalBoosting.DRIVERS.get(k);
            ObservationQuery query = new ObservationQuery(Optional.of(DRIVER_INDICATORS.get(k)), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
            for (int page = 0; ; page++) {
                PageSlice<Observation> slice = catalog.observations(query, new PageRequest(page, PageRequest.MAX_SIZE));
                for (Observation o : slice.items()) {
                    if (o.partner().isEmpty() && o.period().code().length() == 4) {
                        byCountry.computeIfAbsent(o.country(), c -> new TreeMap<>()).computeIfAbsent(name, n -> new TreeMap<>())
                                .put(Integer.parseInt(o.period().code()), o.value());
                    }
                }
                if (!slice.hasNext()) {
                    break;
                }
            }
        }
        Map<String, GlobalBoosting.Drivers> out = new TreeMap<>();
        byCountry.forEach((country, byName) -> out.put(country, GlobalBoosting.Drivers.of(byName)));
        return out;
    }
}
