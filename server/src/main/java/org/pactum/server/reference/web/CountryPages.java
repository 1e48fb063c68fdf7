package org.pactum.server.reference.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pactum.server.reference.Country;
import org.pactum.server.reference.Indicator;
import org.pactum.server.reference.Observation;
import org.pactum.server.reference.Period;
import org.pactum.server.reference.ReferenceCatalog;
import org.pactum.server.support.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The country list and each country's profile: key figures with their sources, and a series over time. */
@Controller
class CountryPages {

    /** The series a country profile opens with, in the order shown. */
    static final List<String> KEY_SERIES = List.of("wdi.population", "wdi.gdp", "wdi.gdp-per-capita-ppp",
            "wdi.unemployment", "unhcr.refugees-hosted", "eurostat.asylum-applicants-total", "ucdp.battle-deaths",
            "wdi.remittances-received");

    private static final int PAGE_SIZE = 50;

    private final ReferenceCatalog catalog;

    CountryPages(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    /** A key figure as shown: the series, the period and value (if observed) and where it comes from. */
    record KeyFigure(Indicator indicator, Optional<Observation> observation) {

        /** The edition of the figure shown, or of the series when the figure is not reported. */
        public String edition() {
            return observation.map(Observation::edition).orElse(indicator.provenance().edition());
        }

        /** The licence's restriction on this figure, or "" when it has none. */
        public String restriction() {
            return observation.filter(o -> indicator.provenance().restriction().covers(o.period()))
                    .map(o -> indicator.provenance().restriction().notice()).orElse("");
        }

        /** The value as a reader expects it: whole numbers for large figures, two decimals for small ones. */
        public String formatted(Locale locale) {
            return observation.map(o -> {
                java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
                format.setMaximumFractionDigits(Math.abs(o.value()) >= 1000 ? 0 : 2);
                return format.format(o.value());
            }).orElse("");
        }
    }

    record ChartPoint(String period, double value) {
    }

    @GetMapping("/countries")
    String countries(@RequestParam Optional<String> q, @RequestParam Optional<String> region,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        String query = q.map(String::strip).orElse("").toLowerCase(Locale.ROOT);
        List<Country> all = catalog.countries();
        List<Country> matching = all.stream()
                .filter(c -> query.isEmpty() || c.name(locale).toLowerCase(Locale.ROOT).contains(query)
                        || c.name().toLowerCase(Locale.ROOT).contains(query) || c.iso3().equalsIgnoreCase(query))
                .filter(c -> region.filter(r -> !r.isBlank()).map(r -> r.equals(c.region())).orElse(true))
                .toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        model.addAttribute("countries", matching.subList(current * PAGE_SIZE, Math.min(matching.size(), (current + 1) * PAGE_SIZE)));
        model.addAttribute("total", matching.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("q", q.orElse(""));
        model.addAttribute("region", region.orElse(""));
        model.addAttribute("regions", all.stream().map(Country::region).filter(r -> !r.isBlank()).distinct().sorted().toList());
        return "reference/countries";
    }

    @GetMapping("/countries/{iso3}")
    String profile(@PathVariable String iso3, @RequestParam Optional<Integer> year,
            @RequestParam Optional<String> series, Model model) {
        Country country = catalog.country(iso3).orElseThrow(() -> new NotFoundException("country", iso3));
        int figuresYear = year.filter(y -> y >= 1950 && y <= Year.now().getValue()).orElse(Year.now().getValue() - 2);
        List<KeyFigure> figures = new ArrayList<>();
        for (String code : KEY_SERIES) {
            catalog.indicator(code).ifPresent(indicator -> figures.add(new KeyFigure(indicator,
                    catalog.value(code, country.iso3(), Period.year(figuresYear)))));
        }
        Indicator charted = series.flatMap(catalog::indicator)
                .filter(i -> i.dimension() == org.pactum.server.reference.Dimension.COUNTRY)
                .or(() -> catalog.indicator("wdi.population"))
                .orElse(null);
        List<Observation> observations = charted == null ? List.of() : catalog.series(charted.code(), country.iso3());
        List<ChartPoint> points = observations.stream().map(o -> new ChartPoint(o.period().code(), o.value())).toList();
        model.addAttribute("chartEditions", observations.stream().map(Observation::edition).distinct()
                .collect(java.util.stream.Collectors.joining("; ")));
        model.addAttribute("chartRestriction", charted != null && observations.stream()
                .anyMatch(o -> charted.provenance().restriction().covers(o.period()))
                ? charted.provenance().restriction().notice() : "");
        model.addAttribute("country", country);
        model.addAttribute("year", figuresYear);
        model.addAttribute("figures", figures);
        model.addAttribute("charted", charted);
        model.addAttribute("points", points);
        model.addAttribute("pointsJson", points.stream()
                .map(p -> "{\"period\":\"" + p.period() + "\",\"value\":" + p.value() + "}")
                .collect(java.util.stream.Collectors.joining(",", "[", "]")));
        model.addAttribute("chartable", catalog.indicators().stream()
                .filter(i -> i.dimension() == org.pactum.server.reference.Dimension.COUNTRY).toList());
        return "reference/country";
    }
}
