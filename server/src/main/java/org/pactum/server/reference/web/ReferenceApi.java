package org.pactum.server.reference.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.pactum.server.reference.Country;
import org.pactum.server.reference.Indicator;
import org.pactum.server.reference.Observation;
import org.pactum.server.reference.UseRestriction;
import org.pactum.server.reference.ObservationQuery;
import org.pactum.server.reference.Period;
import org.pactum.server.reference.ReferenceCatalog;
import org.pactum.server.support.InvalidRequestException;
import org.pactum.server.support.NotFoundException;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reference data as JSON: countries, series with their provenance, and observations, page by page. */
@RestController
@RequestMapping("/api/v1")
class ReferenceApi {

    private final ReferenceCatalog catalog;

    ReferenceApi(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    /** A country with its codes, names, region and memberships. */
    record CountryResponse(String iso3, String iso2, String numeric, String name, java.util.Map<String, String> names,
            String region, String subRegion, boolean euMember, boolean schengenMember) {
        static CountryResponse of(Country c) {
            return new CountryResponse(c.iso3(), c.iso2(), c.numericCode(), c.name(), c.names(), c.region(),
                    c.subRegion(), c.euMember(), c.schengenMember());
        }
    }

    /** A series and where it comes from. */
    /**
     * A series and where it comes from; {@code restriction} names what its licence restricts beyond
     * attribution (empty when nothing), {@code edition} is the latest edition loaded.
     */
    record IndicatorResponse(String code, String name, String unit, String dimension, String pairMeaning,
            String frequency, String source, String edition, String licence, String sourceUrl, String restriction) {
        static IndicatorResponse of(Indicator i) {
            return new IndicatorResponse(i.code(), i.name(), i.unit(), i.dimension().name(), i.pairMeaning(),
                    i.frequency().name(), i.provenance().source(), i.provenance().edition(), i.provenance().licence(),
                    i.provenance().sourceUrl(), i.provenance().restriction().notice());
        }
    }

    /**
     * One value, with the edition it comes from and, when the series' licence restricts reuse of
     * this figure, the restriction ({@code null} otherwise).
     */
    record ObservationResponse(String indicator, String country, String partner, String period, double value,
            String edition, String restriction) {
        static ObservationResponse of(Observation o, UseRestriction restriction) {
            return new ObservationResponse(o.indicatorCode(), o.country(), o.partner().orElse(null), o.period().code(),
                    o.value(), o.edition(), restriction.covers(o.period()) ? restriction.notice() : null);
        }
    }

    record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {
        static <S, T> Page<T> of(PageSlice<S> slice, java.util.function.Function<S, T> mapper) {
            return new Page<>(slice.items().stream().map(mapper).toList(), slice.page(), slice.size(),
                    slice.totalItems(), slice.totalPages());
        }
    }

    @GetMapping("/countries")
    List<CountryResponse> countries(@RequestParam Optional<String> region, @RequestParam Optional<Boolean> eu) {
        return catalog.countries().stream()
                .filter(c -> region.map(r -> r.equalsIgnoreCase(c.region()) || r.equalsIgnoreCase(c.subRegion())).orElse(true))
                .filter(c -> eu.map(e -> e == c.euMember()).orElse(true))
                .map(CountryResponse::of).toList();
    }

    @GetMapping("/countries/{iso3}")
    CountryResponse country(@PathVariable String iso3) {
        return catalog.country(iso3).map(CountryResponse::of)
                .orElseThrow(() -> new NotFoundException("country", iso3));
    }

    @GetMapping("/indicators")
    List<IndicatorResponse> indicators() {
        return catalog.indicators().stream().map(IndicatorResponse::of).toList();
    }

    @GetMapping("/indicators/{code}")
    IndicatorResponse indicator(@PathVariable String code) {
        return catalog.indicator(code).map(IndicatorResponse::of).orElseThrow(() -> new NotFoundException("indicator", code));
    }

    /**
     * Observations filtered by series, country, partner and period range ({@code from} and
     * {@code to} inclusive, as YYYY, YYYY-Qn or YYYY-MM), {@code size} per page (1 to 1000).
     */
    @GetMapping("/observations")
    Page<ObservationResponse> observations(@RequestParam Optional<String> indicator,
            @RequestParam Optional<String> country, @RequestParam Optional<String> partner,
            @RequestParam Optional<String> from, @RequestParam Optional<String> to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        PageRequest request = new PageRequest(page, size);
        indicator.ifPresent(code -> catalog.indicator(code).orElseThrow(() -> new NotFoundException("indicator", code)));
        Optional<String> countryCode = country.map(c -> checkedCountry("country", c));
        Optional<String> partnerCode = partner.map(c -> checkedCountry("partner", c));
        Optional<Period> fromPeriod = from.map(text -> period("from", text));
        Optional<Period> toPeriod = to.map(text -> period("to", text));
        if (fromPeriod.isPresent() && toPeriod.isPresent()
                && fromPeriod.get().start().isAfter(toPeriod.get().start())) {
            throw new InvalidRequestException("from", "must not be after 'to'");
        }
        Map<String, UseRestriction> restrictions = new HashMap<>();
        return Page.of(catalog.observations(new ObservationQuery(indicator, countryCode, partnerCode, fromPeriod, toPeriod),
                request), o -> ObservationResponse.of(o, restrictions.computeIfAbsent(o.indicatorCode(),
                        code -> catalog.indicator(code).map(i -> i.provenance().restriction()).orElse(UseRestriction.NONE))));
    }

    private String checkedCountry(String parameter, String code) {
        String iso3 = code.toUpperCase(Locale.ROOT);
        if (!iso3.matches("[A-Z]{3}")) {
            throw new InvalidRequestException(parameter, "must be an ISO 3166-1 alpha-3 code, was '" + code + "'");
        }
        return catalog.country(iso3).map(Country::iso3).orElseThrow(() -> new NotFoundException("country", iso3));
    }

    private static Period period(String parameter, String text) {
        return Period.parse(text).orElseThrow(() -> new InvalidRequestException(parameter,
                "must be a period YYYY, YYYY-Qn or YYYY-MM, was '" + text + "'"));
    }
}
