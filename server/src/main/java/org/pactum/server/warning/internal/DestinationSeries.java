package org.pactum.server.warning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pactum.core.forecast.AnnualSeries;
import org.pactum.server.reference.Indicator;
import org.pactum.server.reference.Observation;
import org.pactum.server.reference.ObservationQuery;
import org.pactum.server.reference.ReferenceCatalog;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.pactum.server.warning.DestinationInfo;
import org.springframework.stereotype.Component;

/**
 * The annual asylum applications by destination state in the reference data as series:
 * {@code eurostat:<ISO3>} from Eurostat's applicants per destination, {@code unhcr:<ISO3>} from
 * UNHCR's applications per destination summed over every origin. A series runs over the last
 * unbroken run of years with a figure (a year without one is unknown, not zero). Read once per
 * edition and kept in memory.
 */
@Component
public class DestinationSeries {

    /** The two sources: the prefix of a series id and the indicator behind it. */
    enum Source {
        EUROSTAT("eurostat", "eurostat.asylum-applicants-total"), UNHCR("unhcr", "unhcr.asylum-applications");

        final String prefix;
        final String indicator;

        Source(String prefix, String indicator) {
            this.prefix = prefix;
            this.indicator = indicator;
        }
    }

    private record Loaded(String edition, Indicator indicator, Map<String, TreeMap<Integer, Double>> byDestination) {
    }

    private final ReferenceCatalog catalog;
    private final Map<Source, Loaded> cache = new TreeMap<>();

    DestinationSeries(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    /** Whether an id names a destination series at all (known or not): {@code eurostat:...} or {@code unhcr:...}. */
    public static boolean isDestinationId(String id) {
        return id != null && (id.startsWith("eurostat:") || id.startsWith("unhcr:"));
    }

    /** Every destination series, Eurostat first, each by destination code. */
    public List<DestinationInfo> all() {
        List<DestinationInfo> out = new ArrayList<>();
        for (Source source : Source.values()) {
            load(source).ifPresent(l -> l.byDestination().keySet().forEach(d -> info(source.prefix + ":" + d).ifPresent(out::add)));
        }
        return out;
    }

    public Optional<AnnualSeries> series(String id) {
        return parse(id).flatMap(p -> load(p.source()).flatMap(l -> Optional.ofNullable(l.byDestination().get(p.destination()))
                .map(values -> lastRun(id, values))));
    }

    public Optional<DestinationInfo> info(String id) {
        return parse(id).flatMap(p -> load(p.source()).flatMap(l -> series(id).map(s -> new DestinationInfo(id, p.destination(),
                "Asylum applications in " + p.destination() + " (" + l.indicator().provenance().source() + ")", s.firstYear(),
                s.lastYear(), s.length(), l.indicator().provenance().source(), l.edition(), l.indicator().provenance().licence()))));
    }

    private record Parsed(Source source, String destination) {
    }

    private static Optional<Parsed> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String[] parts = id.split(":", -1);
        if (parts.length != 2 || !parts[1].matches("[A-Z]{3}")) {
            return Optional.empty();
        }
        for (Source s : Source.values()) {
            if (s.prefix.equals(parts[0].toLowerCase(Locale.ROOT))) {
                return Optional.of(new Parsed(s, parts[1]));
            }
        }
        return Optional.empty();
    }

    /** The last unbroken run of years with a figure. */
    static AnnualSeries lastRun(String id, TreeMap<Integer, Double> values) {
        int last = values.lastKey();
        int first = last;
        while (values.containsKey(first - 1)) {
            first--;
        }
        double[] out = new double[last - first + 1];
        for (int y = first; y <= last; y++) {
            out[y - first] = values.get(y);
        }
        return new AnnualSeries(id, first, out);
    }

    private synchronized Optional<Loaded> load(Source source) {
        Optional<Indicator> indicator = catalog.indicator(source.indicator);
        if (indicator.isEmpty()) {
            return Optional.empty();
        }
        String edition = indicator.get().provenance().edition();
        Loaded cached = cache.get(source);
        if (cached != null && cached.edition().equals(edition)) {
            return Optional.of(cached);
        }
        Map<String, TreeMap<Integer, Double>> byDestination = new TreeMap<>();
        ObservationQuery query = new ObservationQuery(Optional.of(source.indicator), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        for (int page = 0; ; page++) {
            PageSlice<Observation> slice = catalog.observations(query, new PageRequest(page, PageRequest.MAX_SIZE));
            for (Observation o : slice.items()) {
                if (o.period().code().length() == 4) {
                    byDestination.computeIfAbsent(o.country(), k -> new TreeMap<>()).merge(Integer.parseInt(o.period().code()), o.value(),
                            Double::sum);
                }
            }
            if (!slice.hasNext()) {
                break;
            }
        }
        Loaded loaded = new Loaded(edition, indicator.get(), byDestination);
        cache.put(source, loaded);
        return Optional.of(loaded);
    }
}
