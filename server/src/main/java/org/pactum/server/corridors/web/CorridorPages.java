package org.pactum.server.corridors.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pactum.server.corridors.CorridorReports;
import org.pactum.server.corridors.CorridorReports.MapMeasure;
import org.pactum.server.corridors.CorridorReports.ReciprocitySort;
import org.pactum.server.corridors.CorridorScorecards;
import org.pactum.server.corridors.CorridorViews.CountryCorridor;
import org.pactum.server.corridors.CorridorViews.Point;
import org.pactum.server.corridors.CorridorViews.Scorecard;
import org.pactum.server.corridors.internal.WorldMap;
import org.pactum.server.reference.Country;
import org.pactum.server.reference.ReferenceCatalog;
import org.pactum.server.support.NotFoundException;
import org.pactum.server.support.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The corridor pages: the scorecard of a pair, a country's corridors on a world map, and the reports. */
@Controller
class CorridorPages {

    static final int PAGE_SIZE = 25;
    /** The pairs the index page offers first. */
    static final List<String[]> EXAMPLES = List.of(new String[] {"DEU", "TUR"}, new String[] {"ESP", "MAR"},
            new String[] {"USA", "MEX"}, new String[] {"ITA", "TUN"});

    private final CorridorScorecards scorecards;
    private final CorridorReports reports;
    private final ReferenceCatalog reference;
    private final WorldMap worldMap;
    private final JsonMapper json;

    CorridorPages(CorridorScorecards scorecards, CorridorReports reports, ReferenceCatalog reference, WorldMap worldMap,
            JsonMapper json) {
        this.scorecards = scorecards;
        this.reports = reports;
        this.reference = reference;
        this.worldMap = worldMap;
        this.json = json;
    }

    /** An unknown code on a page: 404 with the codes the reader probably meant. */
    @ExceptionHandler(NotFoundException.class)
    String unknown(NotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("key", e.key());
        model.addAttribute("suggestions", e.suggestions());
        return "corridors/unknown";
    }

    @GetMapping("/corridors")
    String index(@RequestParam Optional<String> a, @RequestParam Optional<String> b, Model model, Locale locale) {
        if (a.filter(s -> !s.isBlank()).isPresent() && b.filter(s -> !s.isBlank()).isPresent()) {
            Country ca = scorecards.country(a.get());
            Country cb = scorecards.country(b.get());
            return "redirect:/corridors/" + ca.iso3() + "/" + cb.iso3();
        }
        model.addAttribute("countries", sorted(locale));
        model.addAttribute("examples", EXAMPLES);
        return "corridors/index";
    }

    @GetMapping("/corridors/{a}/{b}")
    String scorecard(@PathVariable String a, @PathVariable String b, Model model) {
        Scorecard card = scorecards.scorecard(a, b);
        model.addAttribute("card", card);
        model.addAttribute("stockChart", stockChart(card));
        model.addAttribute("costChart", costChart(card));
        return "corridors/scorecard";
    }

    /** The map form of the index page: to the map of the chosen country. */
    @GetMapping("/corridors/map")
    String mapOf(@RequestParam Optional<String> country) {
        if (country.filter(c -> !c.isBlank()).isEmpty()) {
            return "redirect:/corridors";
        }
        return "redirect:/corridors/map/" + scorecards.country(country.get()).iso3();
    }

    @GetMapping("/corridors/map/{iso3}")
    String map(@PathVariable String iso3, @RequestParam Optional<String> measure, Model model) {
        Country country = scorecards.country(iso3);
        MapMeasure chosen = MapMeasure.parse(measure.orElse(null));
        List<CountryCorridor> corridors = reports.corridorsOf(country, chosen);
        Map<String, CountryCorridor> byNumeric = new HashMap<>();
        corridors.forEach(c -> byNumeric.put(c.partner().numericCode(), c));
        double max = corridors.stream().mapToDouble(CountryCorridor::value).max().orElse(0);
        List<MapShape> shapes = new ArrayList<>();
        for (WorldMap.Shape s : worldMap.shapes()) {
            CountryCorridor corridor = byNumeric.get(s.numericCode());
            boolean self = s.numericCode().equals(country.numericCode());
            shapes.add(new MapShape(s.path(), s.name(), corridor == null ? "" : corridor.partner().iso3(),
                    self ? "self" : corridor == null ? "none" : "c" + bin(corridor.value(), max),
                    corridor == null ? Optional.empty() : Optional.of(corridor.value())));
        }
        model.addAttribute("country", country);
        model.addAttribute("measure", chosen.name().toLowerCase(Locale.ROOT));
        model.addAttribute("shapes", shapes);
        model.addAttribute("corridors", corridors.stream().limit(20).toList());
        model.addAttribute("corridorCount", corridors.size());
        model.addAttribute("width", WorldMap.WIDTH);
        model.addAttribute("height", WorldMap.HEIGHT);
        model.addAttribute("source", reference.indicator("undesa.migrant-stock").map(i -> i.provenance().source()).orElse(""));
        return "corridors/map";
    }

    /** One outline on the map, with the class of its value (c1..c5, none, self). */
    record MapShape(String path, String name, String iso3, String css, Optional<Double> value) {
    }

    /** Five classes on a logarithmic scale up to the largest corridor (stocks span several orders of magnitude). */
    static int bin(double value, double max) {
        if (value <= 1 || max <= 1) {
            return 1;
        }
        double ratio = Math.log(value) / Math.log(max);
        return Math.max(1, Math.min(5, (int) Math.ceil(ratio * 5)));
    }

    @GetMapping("/corridors/reciprocity")
    String reciprocity(@RequestParam Optional<String> country, @RequestParam Optional<String> sort,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ReciprocitySort chosen = ReciprocitySort.parse(sort.orElse(null));
        model.addAttribute("rows", reports.reciprocity(country, chosen, new PageRequest(page, PAGE_SIZE)));
        model.addAttribute("sort", chosen.name().toLowerCase(Locale.ROOT));
        model.addAttribute("country", country.filter(c -> !c.isBlank()).map(c -> scorecards.country(c).iso3()).orElse(""));
        return "corridors/reciprocity";
    }

    @GetMapping("/corridors/remittance-costs")
    String remittanceCosts(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("rows", reports.costlyCorridors(new PageRequest(page, PAGE_SIZE)));
        return "corridors/costs";
    }

    private List<Country> sorted(Locale locale) {
        return reference.countries().stream()
                .sorted(java.util.Comparator.comparing((Country c) -> c.name(locale))).toList();
    }

    private String stockChart(Scorecard card) {
        Map<String, Object> data = new HashMap<>();
        data.put("aInB", card.stocks().aBornInB());
        data.put("bInA", card.stocks().bBornInA());
        data.put("labelAInB", card.a().iso3() + " → " + card.b().iso3());
        data.put("labelBInA", card.b().iso3() + " → " + card.a().iso3());
        return json.writeValueAsString(data).replace("</", "<\\/");
    }

    private String costChart(Scorecard card) {
        Map<String, Object> data = new HashMap<>();
        data.put("bToA", card.remittances().costBToA().stream().map(c -> new Point(c.period(), c.percent())).toList());
        data.put("aToB", card.remittances().costAToB().stream().map(c -> new Point(c.period(), c.percent())).toList());
        data.put("labelBToA", card.b().iso3() + " → " + card.a().iso3());
        data.put("labelAToB", card.a().iso3() + " → " + card.b().iso3());
        return json.writeValueAsString(data).replace("</", "<\\/");
    }
}
