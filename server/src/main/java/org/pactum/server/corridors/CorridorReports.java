package org.pactum.server.corridors;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pactum.core.corridors.RemittanceCostBand;
import org.pactum.core.corridors.VisaReciprocity;
import org.pactum.core.corridors.VisaRegime;
import org.pactum.server.corridors.CorridorViews.CostlyCorridor;
import org.pactum.server.corridors.CorridorViews.CountryCorridor;
import org.pactum.server.corridors.CorridorViews.ReciprocityRow;
import org.pactum.server.corridors.internal.CountryCodes;
import org.pactum.server.corridors.internal.Series;
import org.pactum.server.reference.Country;
import org.pactum.server.reference.Observation;
import org.pactum.server.reference.Period;
import org.pactum.server.reference.ReferenceCatalog;
import org.pactum.server.support.InvalidRequestException;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports across all corridors: every pair where one side's citizens enter visa-free and the
 * other's do not, every remittance corridor above the 5 % ceiling, and one country's corridors
 * for the map.
 */
@Service
@Transactional(readOnly = true)
public class CorridorReports {

    /** The year of the UN DESA stocks used to weigh corridors. */
    public static final Period STOCK_YEAR = Period.year(2024);
    /** The year of the World Bank/KNOMAD bilateral remittance estimates. */
    public static final Period REMITTANCE_YEAR = Period.year(2017);

    private final ReferenceCatalog reference;
    private final CountryCodes codes;
    private final Series series;

    CorridorReports(ReferenceCatalog reference, CountryCodes codes, Series series) {
        this.reference = reference;
        this.codes = codes;
        this.series = series;
    }

    /** How the reciprocity report may be ordered. */
    public enum ReciprocitySort {
        /** Migrant stock of both sides in each other, largest first. */
        STOCK,
        /** Remittances sent home to the side that needs a visa (2017 estimate), largest first. */
        REMITTANCES,
        /** By the visa-free country, then the other, alphabetically by code. */
        COUNTRY;

        public static ReciprocitySort parse(String text) {
            if (text == null || text.isBlank()) {
                return STOCK;
            }
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("sort", "must be stock, remittances or country, was '"
                        + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'");
            }
        }
    }

    /**
     * Every pair where one side's citizens enter the other visa-free and the other side's do not
     * (latest Passport Index snapshot), optionally only those involving one country.
     */
    public PageSlice<ReciprocityRow> reciprocity(Optional<String> countryCode, ReciprocitySort sort, PageRequest page) {
        Optional<Country> only = countryCode.filter(c -> !c.isBlank()).map(codes::require);
        Map<String, Country> countries = countries();
        List<Observation> visas = series.all(Series.VISA);
        Optional<Period> snapshot = series.latestPeriod(Series.VISA, visas);
        Map<String, VisaRegime> regime = new HashMap<>();
        visas.stream().filter(o -> snapshot.map(o.period()::equals).orElse(false)).forEach(o ->
                VisaRegime.ofCode(o.value()).ifPresent(r -> regime.put(key(o.country(), o.partner().orElse("")), r)));
        Map<String, Double> stock = values(series.matrix(Series.STOCK, STOCK_YEAR));
        Map<String, Double> remittances = values(series.matrix(Series.REMITTANCES, REMITTANCE_YEAR));
        List<ReciprocityRow> rows = new java.util.ArrayList<>();
        regime.forEach((pair, aIntoB) -> {
            String a = pair.substring(0, 3);
            String b = pair.substring(4);
            VisaRegime bIntoA = regime.get(key(b, a));
            if (bIntoA == null || aIntoB != VisaRegime.VISA_FREE
                    || !new VisaReciprocity(aIntoB, bIntoA).visaFreeOneWayOnly()) {
                return;
            }
            Country free = countries.get(a);
            Country needs = countries.get(b);
            if (free == null || needs == null) {
                return;
            }
            if (only.isPresent() && !only.get().equals(free) && !only.get().equals(needs)) {
                return;
            }
            // undesa: country = destination, partner = origin; remittances: country = sending, partner = receiving
            rows.add(new ReciprocityRow(free, needs, bIntoA, Optional.ofNullable(stock.get(key(a, b))),
                    Optional.ofNullable(stock.get(key(b, a))), Optional.ofNullable(remittances.get(key(a, b)))));
        });
        Comparator<ReciprocityRow> byCodes = Comparator.comparing((ReciprocityRow r) -> r.visaFree().iso3())
                .thenComparing(r -> r.visaNeeded().iso3());
        Comparator<ReciprocityRow> order = switch (sort) {
            case STOCK -> Comparator.comparingDouble(ReciprocityRow::totalStock).reversed().thenComparing(byCodes);
            case REMITTANCES -> Comparator.comparingDouble((ReciprocityRow r) -> r.remittancesToVisaNeeded().orElse(-1.0))
                    .reversed().thenComparing(byCodes);
            case COUNTRY -> byCodes;
        };
        rows.sort(order);
        return slice(rows, page);
    }

    /** Every corridor whose latest average cost of sending USD 200 is above 5 %, dearest first. */
    public PageSlice<CostlyCorridor> costlyCorridors(PageRequest page) {
        Map<String, Country> countries = countries();
        Map<String, Observation> latest = new HashMap<>();
        for (Observation o : series.all(Series.COST)) {
            latest.merge(key(o.country(), o.partner().orElse("")), o,
                    (x, y) -> y.period().start().isAfter(x.period().start()) ? y : x);
        }
        List<CostlyCorridor> rows = latest.values().stream()
                .filter(o -> RemittanceCostBand.of(o.value()) == RemittanceCostBand.ABOVE_CEILING)
                .filter(o -> countries.containsKey(o.country()) && countries.containsKey(o.partner().orElse("")))
                .map(o -> new CostlyCorridor(countries.get(o.country()), countries.get(o.partner().get()), o.period().code(),
                        o.value()))
                .sorted(Comparator.comparingDouble(CostlyCorridor::percent).reversed()
                        .thenComparing(c -> c.sending().iso3()).thenComparing(c -> c.receiving().iso3()))
                .toList();
        return slice(rows, page);
    }

    /** What the map of one country's corridors shows. */
    public enum MapMeasure {
        /** Persons born in the country living in each other country (UN DESA 2024). */
        EMIGRANTS,
        /** Persons born in each other country living in the country (UN DESA 2024). */
        IMMIGRANTS;

        public static MapMeasure parse(String text) {
            if (text == null || text.isBlank()) {
                return EMIGRANTS;
            }
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("measure", "must be emigrants or immigrants, was '"
                        + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'");
            }
        }
    }

    /** One country's corridors with every partner that has a value for the measure, largest first. */
    public List<CountryCorridor> corridorsOf(Country country, MapMeasure measure) {
        Map<String, Country> countries = countries();
        boolean emigrants = measure == MapMeasure.EMIGRANTS;
        return series.around(Series.STOCK, country.iso3(), emigrants, STOCK_YEAR).stream()
                .map(o -> {
                    String partner = emigrants ? o.country() : o.partner().orElse("");
                    return countries.containsKey(partner) && !partner.equals(country.iso3())
                            ? new CountryCorridor(countries.get(partner), o.value()) : null;
                })
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparingDouble(CountryCorridor::value).reversed())
                .toList();
    }

    private Map<String, Country> countries() {
        return reference.countries().stream().collect(Collectors.toMap(Country::iso3, Function.identity()));
    }

    private static Map<String, Double> values(List<Observation> observations) {
        Map<String, Double> map = new HashMap<>();
        observations.forEach(o -> map.put(key(o.country(), o.partner().orElse("")), o.value()));
        return map;
    }

    private static String key(String country, String partner) {
        return country + ">" + partner;
    }

    private static <T> PageSlice<T> slice(List<T> rows, PageRequest page) {
        int from = (int) Math.min(rows.size(), page.offset());
        int to = (int) Math.min(rows.size(), page.offset() + page.size());
        return new PageSlice<>(rows.subList(from, to), page.page(), page.size(), rows.size());
    }
}
