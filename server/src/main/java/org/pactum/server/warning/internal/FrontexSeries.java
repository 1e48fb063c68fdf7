package org.pactum.server.warning.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pactum.core.forecast.MonthlySeries;
import org.pactum.server.reference.Indicator;
import org.pactum.server.reference.Observation;
import org.pactum.server.reference.ObservationQuery;
import org.pactum.server.reference.ReferenceCatalog;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.pactum.server.warning.Route;
import org.pactum.server.warning.SeriesInfo;
import org.springframework.stereotype.Component;

/**
 * The Frontex detections of the reference data as monthly series: each route's total (the sum over
 * nationalities) and each route x nationality, from the first reported month to the last month of
 * the route's data, a month without a figure counting zero. Read once per edition of each route's
 * series and kept in memory (a newer edition imported by an administrator is read again).
 */
@Component
public class FrontexSeries {

    /** The series of one route, as read for one edition. */
    record RouteData(String edition, Indicator indicator, MonthlySeries total, Map<String, MonthlySeries> byNationality) {
    }

    private final ReferenceCatalog catalog;
    private final Map<Route, RouteData> cache = new LinkedHashMap<>();

    FrontexSeries(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every series: each route's total, then its nationalities by their detections in the last twelve months. */
    public List<SeriesInfo> all() {
        List<SeriesInfo> out = new ArrayList<>();
        for (Route route : Route.values()) {
            route(route).ifPresent(data -> {
                out.add(info(route, Optional.empty(), data.total(), data.indicator()));
                data.byNationality().entrySet().stream()
                        .map(e -> info(route, Optional.of(e.getKey()), e.getValue(), data.indicator()))
                        .sorted(Comparator.comparingDouble(SeriesInfo::lastTwelveMonths).reversed().thenComparing(SeriesInfo::id))
                        .forEach(out::add);
            });
        }
        return out;
    }

    /** The route totals only. */
    public List<SeriesInfo> routes() {
        List<SeriesInfo> out = new ArrayList<>();
        for (Route route : Route.values()) {
            route(route).ifPresent(data -> out.add(info(route, Optional.empty(), data.total(), data.indicator())));
        }
        return out;
    }

    /** A series by its id, {@code frontex:<route>} or {@code frontex:<route>:<ISO3>}. */
    public Optional<MonthlySeries> series(String id) {
        String[] parts = id.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || !parts[0].equals("frontex")) {
            return Optional.empty();
        }
        return Route.byCode(parts[1]).flatMap(this::route)
                .flatMap(data -> parts.length == 2 ? Optional.of(data.total()) : Optional.ofNullable(data.byNationality().get(parts[2])));
    }

    public Optional<SeriesInfo> info(String id) {
        String[] parts = id.split(":", -1);
        return series(id).flatMap(s -> Route.byCode(parts[1]).flatMap(route -> route(route).map(data ->
                info(route, parts.length == 3 ? Optional.of(parts[2]) : Optional.empty(), s, data.indicator()))));
    }

    private SeriesInfo info(Route route, Optional<String> nationality, MonthlySeries s, Indicator indicator) {
        double last12 = 0;
        for (int i = Math.max(0, s.length() - 12); i < s.length(); i++) {
            last12 += s.at(i);
        }
        String label = route.title() + nationality.map(n -> " — " + n).orElse("");
        String licence = indicator.provenance().licence();
        return new SeriesInfo(s.id(), route, nationality, label, s.start(), s.end(), s.length(), last12,
                indicator.provenance().source(), indicator.provenance().edition(), licence,
                licence.toLowerCase(java.util.Locale.ROOT).contains("permission"));
    }

    private synchronized Optional<RouteData> route(Route route) {
        Optional<Indicator> indicator = catalog.indicator(route.indicatorCode());
        if (indicator.isEmpty()) {
            return Optional.empty();
        }
        String edition = indicator.get().provenance().edition();
        RouteData cached = cache.get(route);
        if (cached != null && cached.edition().equals(edition)) {
            return Optional.of(cached);
        }
        Map<String, TreeMap<YearMonth, Double>> byNationality = new TreeMap<>();
        ObservationQuery query = new ObservationQuery(Optional.of(route.indicatorCode()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        for (int page = 0; ; page++) {
            PageSlice<Observation> slice = catalog.observations(query, new PageRequest(page, PageRequest.MAX_SIZE));
            for (Observation o : slice.items()) {
                if (o.period().code().length() == 7) {
                    byNationality.computeIfAbsent(o.country(), k -> new TreeMap<>())
                            .merge(YearMonth.parse(o.period().code()), o.value(), Double::sum);
                }
            }
            if (!slice.hasNext()) {
                break;
            }
        }
        if (byNationality.isEmpty()) {
            return Optional.empty();
        }
        YearMonth end = byNationality.values().stream().map(TreeMap::lastKey).max(Comparator.naturalOrder()).orElseThrow();
        TreeMap<YearMonth, Double> total = new TreeMap<>();
        byNationality.values().forEach(m -> m.forEach((month, v) -> total.merge(month, v, Double::sum)));
        Map<String, MonthlySeries> series = new TreeMap<>();
        byNationality.forEach((nationality, values) ->
                series.put(nationality, fill(route.seriesId() + ":" + nationality, values.firstKey(), end, values)));
        RouteData data = new RouteData(edition, indicator.get(), fill(route.seriesId(), total.firstKey(), end, total), series);
        cache.put(route, data);
        return Optional.of(data);
    }

    static MonthlySeries fill(String id, YearMonth first, YearMonth end, Map<YearMonth, Double> values) {
        int n = (int) (end.getYear() * 12L + end.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) + 1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = values.getOrDefault(first.plusMonths(i), 0.0);
        }
        return new MonthlySeries(id, first, out);
    }
}
