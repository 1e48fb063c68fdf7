package org.pactum.server.corridors.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pactum.server.corridors.CorridorViews.Point;
import org.pactum.server.corridors.CorridorViews.Source;
import org.pactum.server.reference.Indicator;
import org.pactum.server.reference.Observation;
import org.pactum.server.reference.ObservationQuery;
import org.pactum.server.reference.Period;
import org.pactum.server.reference.ReferenceCatalog;
import org.springframework.stereotype.Component;

/** The reference series a corridor is read from, by the codes of the reference catalogue. */
@Component
public class Series {

    public static final String VISA = "visa.requirement";
    public static final String VISA_DAYS = "visa.free-days";
    public static final String STOCK = "undesa.migrant-stock";
    public static final String REMITTANCES = "wb.remittances-2017";
    public static final String COST = "rpw.cost-usd-200";
    public static final String ASYLUM_APPLICATIONS = "unhcr.asylum-applications";
    public static final String ASYLUM_RECOGNISED = "unhcr.asylum-decisions-recognized";
    public static final String ASYLUM_DECISIONS = "unhcr.asylum-decisions-total";
    /** The Frontex series share one source; this one names it. */
    public static final String DETECTIONS_SOURCE = "frontex.detections.central-mediterranean";
    public static final List<String> DETECTION_ROUTES = List.of("frontex.detections.black-sea",
            "frontex.detections.central-mediterranean", "frontex.detections.circular-albania-greece",
            "frontex.detections.eastern-borders", "frontex.detections.eastern-mediterranean", "frontex.detections.other",
            "frontex.detections.western-african", "frontex.detections.western-balkan",
            "frontex.detections.western-mediterranean");

    private final ReferenceCatalog reference;

    Series(ReferenceCatalog reference) {
        this.reference = reference;
    }

    /** The series of an ordered pair, oldest first; empty when the source has nothing for it. */
    public List<Observation> pair(String indicator, String country, String partner) {
        return reference.pairSeries(indicator, country, partner);
    }

    /** Every observation of a pair series in one period (the whole matrix of a snapshot year). */
    public List<Observation> matrix(String indicator, Period period) {
        return reference.allObservations(new ObservationQuery(Optional.of(indicator), Optional.empty(), Optional.empty(),
                Optional.of(period), Optional.of(period)));
    }

    /** Every observation of a pair series, all periods. */
    public List<Observation> all(String indicator) {
        return reference.allObservations(new ObservationQuery(Optional.of(indicator), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    /** Observations of one country with every partner (or, {@code asPartner}, of every country with it) in one period. */
    public List<Observation> around(String indicator, String iso3, boolean asPartner, Period period) {
        return reference.allObservations(new ObservationQuery(Optional.of(indicator),
                asPartner ? Optional.empty() : Optional.of(iso3), asPartner ? Optional.of(iso3) : Optional.empty(),
                Optional.of(period), Optional.of(period)));
    }

    /** The latest period of a series for which anything is observed. */
    public Optional<Period> latestPeriod(String indicator, List<Observation> sample) {
        return sample.stream().map(Observation::period).max(Comparator.comparing(Period::start));
    }

    /** Where a series comes from, as the catalogue records it. */
    public Source source(String indicator) {
        return reference.indicator(indicator)
                .map(i -> new Source(i.code(), i.provenance().source(), i.provenance().edition(), i.provenance().licence()))
                .orElse(new Source(indicator, "series not loaded", "", ""));
    }

    /** Frontex detections of one nationality, every route and month. */
    public List<Observation> detections(String nationality) {
        List<Observation> all = new ArrayList<>();
        for (String route : DETECTION_ROUTES) {
            all.addAll(reference.series(route, nationality));
        }
        return all;
    }

    /** Monthly detections summed per calendar year, all routes. */
    public static List<Point> byYear(List<Observation> monthly) {
        Map<String, Double> years = new TreeMap<>();
        monthly.forEach(o -> years.merge(o.period().code().substring(0, 4), o.value(), Double::sum));
        return years.entrySet().stream().map(e -> new Point(e.getKey(), e.getValue())).toList();
    }

    /** Whether a series is in the catalogue. */
    public Optional<Indicator> indicator(String code) {
        return reference.indicator(code);
    }
}
