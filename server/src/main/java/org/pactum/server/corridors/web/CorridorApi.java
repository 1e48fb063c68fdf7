package org.pactum.server.corridors.web;

import java.util.List;
import java.util.Optional;
import org.pactum.server.corridors.CorridorReports;
import org.pactum.server.corridors.CorridorReports.MapMeasure;
import org.pactum.server.corridors.CorridorReports.ReciprocitySort;
import org.pactum.server.corridors.CorridorScorecards;
import org.pactum.server.corridors.CorridorViews.CostlyCorridor;
import org.pactum.server.corridors.CorridorViews.CountryCorridor;
import org.pactum.server.corridors.CorridorViews.ReciprocityRow;
import org.pactum.server.corridors.CorridorViews.Scorecard;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Corridor scorecards and reports as JSON. Unknown country codes are 404 problem details with suggestions. */
@RestController
@RequestMapping("/api/v1/corridors")
class CorridorApi {

    private final CorridorScorecards scorecards;
    private final CorridorReports reports;

    CorridorApi(CorridorScorecards scorecards, CorridorReports reports) {
        this.scorecards = scorecards;
        this.reports = reports;
    }

    record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {
        static <T> Page<T> of(PageSlice<T> slice) {
            return new Page<>(slice.items(), slice.page(), slice.size(), slice.totalItems(), slice.totalPages());
        }
    }

    /** Every pair where one side's citizens enter visa-free and the other's do not; {@code sort} stock, remittances or country. */
    @GetMapping("/reciprocity")
    Page<ReciprocityRow> reciprocity(@RequestParam Optional<String> country, @RequestParam Optional<String> sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return Page.of(reports.reciprocity(country, ReciprocitySort.parse(sort.orElse(null)), new PageRequest(page, size)));
    }

    /** Remittance corridors whose latest cost of sending USD 200 is above the 5 % ceiling of SDG 10.c. */
    @GetMapping("/remittance-costs")
    Page<CostlyCorridor> remittanceCosts(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return Page.of(reports.costlyCorridors(new PageRequest(page, size)));
    }

    /** One country's corridors for the map: {@code measure} emigrants (born there, living abroad) or immigrants. */
    @GetMapping("/map/{iso3}")
    List<CountryCorridor> map(@PathVariable String iso3, @RequestParam Optional<String> measure) {
        return reports.corridorsOf(scorecards.country(iso3), MapMeasure.parse(measure.orElse(null)));
    }

    /** The scorecard of the relationship between A and B. */
    @GetMapping("/{a}/{b}")
    Scorecard scorecard(@PathVariable String a, @PathVariable String b) {
        return scorecards.scorecard(a, b);
    }
}
