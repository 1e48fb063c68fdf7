package org.pactum.server.corridors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactum.server.corridors.CorridorViews.AsylumYear;
import org.pactum.server.corridors.CorridorViews.CostPoint;
import org.pactum.server.corridors.CorridorViews.Point;
import org.pactum.server.corridors.CorridorViews.Scorecard;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scorecards of DEU–TUR, ESP–MAR, USA–MEX and ITA–TUN show exactly what the shipped datasets
 * hold. Every expected value is read here from the gzip CSV files themselves ({@link ShippedFile}),
 * not through the reference loader or the corridor code.
 */
class CorridorScorecardIT extends IntegrationTest {

    private static final List<String> ROUTES = List.of("black-sea", "central-mediterranean", "circular-albania-greece",
            "eastern-borders", "eastern-mediterranean", "other", "western-african", "western-balkan", "western-mediterranean");

    @Autowired
    CorridorScorecards scorecards;

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({"DEU,TUR", "ESP,MAR", "USA,MEX", "ITA,TUN"})
    void theScorecardShowsTheShippedFigures(String a, String b) {
        Scorecard card = scorecards.scorecard(a.toLowerCase(), b);
        assertThat(card.a().iso3()).isEqualTo(a);
        assertThat(card.b().iso3()).isEqualTo(b);

        // visas: country = passport, partner = destination; 3 visa-free ... 0 visa required
        ShippedFile visas = ShippedFile.of("visa.requirement");
        assertThat(card.visas().aIntoB().orElseThrow().code()).isEqualTo((int) visas.pair(a, b).get(0).value());
        assertThat(card.visas().bIntoA().orElseThrow().code()).isEqualTo((int) visas.pair(b, a).get(0).value());
        ShippedFile days = ShippedFile.of("visa.free-days");
        assertThat(card.visas().daysAInB().orElseThrow()).isEqualTo((int) days.pair(a, b).get(0).value());
        // all four: A's citizens visa-free (3) in B, B's need a visa (0); gap 4 - 1 = 3 steps
        assertThat(card.visas().reciprocity().orElseThrow().gap()).isEqualTo(3);
        assertThat(card.visas().reciprocity().orElseThrow().visaFreeOneWayOnly()).isTrue();

        // migrant stock: country = destination, partner = origin; every year of the edition since 1990
        ShippedFile stock = ShippedFile.of("undesa.migrant-stock");
        assertSeries(card.stocks().aBornInB(), stock.pair(b, a));
        assertSeries(card.stocks().bBornInA(), stock.pair(a, b));
        assertThat(card.stocks().aBornInB().get(0).period()).isEqualTo("1990");
        assertThat(card.stocks().trendAInB().orElseThrow().toStock())
                .isEqualTo(Math.round(stock.pair(b, a).get(stock.pair(b, a).size() - 1).value()));

        // remittances: country = sending, partner = receiving
        ShippedFile estimates = ShippedFile.of("wb.remittances-2017");
        assertThat(card.remittances().estimateAToB()).contains(estimates.pair(a, b).get(0).value());
        assertThat(card.remittances().estimateBToA())
                .isEqualTo(estimates.pair(b, a).stream().map(ShippedFile.Row::value).findFirst());
        // every one of the four corridors is surveyed from A to B (2011..2020)
        assertThat(costs(a, b)).isNotEmpty();
        assertCosts(card.remittances().costBToA(), costs(b, a));
        assertCosts(card.remittances().costAToB(), costs(a, b));

        // asylum: country = country of asylum, partner = origin; nationals of B in A
        ShippedFile applications = ShippedFile.of("unhcr.asylum-applications");
        ShippedFile recognised = ShippedFile.of("unhcr.asylum-decisions-recognized");
        ShippedFile decisions = ShippedFile.of("unhcr.asylum-decisions-total");
        Map<String, Double> apps = byPeriod(applications.pair(a, b));
        assertThat(apps).isNotEmpty();
        for (AsylumYear year : card.asylum().bInA()) {
            assertThat(year.applications().map(Long::doubleValue).orElse(null)).as(year.year()).isEqualTo(apps.get(year.year()));
        }
        assertThat(card.asylum().bInA()).extracting(AsylumYear::year).containsAll(apps.keySet());
        Map<String, Double> rec = byPeriod(recognised.pair(a, b));
        Map<String, Double> dec = byPeriod(decisions.pair(a, b));
        String latest = new TreeMap<>(dec).lastKey();
        AsylumYear latestYear = card.asylum().bInA().stream().filter(y -> y.year().equals(latest)).findFirst().orElseThrow();
        if (dec.get(latest) > 0) {
            assertThat(latestYear.recognitionPercent().getAsDouble())
                    .isCloseTo(100.0 * rec.getOrDefault(latest, 0.0) / dec.get(latest), within(1e-9));
        } else {
            assertThat(latestYear.recognitionPercent()).isEmpty();
        }

        // Frontex: detections of nationals of A only count where B is an EU Member State, and the other way
        Map<String, Double> nationalsOfB = new TreeMap<>();
        for (String route : ROUTES) {
            ShippedFile.of("frontex.detections." + route).pair(b, "")
                    .forEach(r -> nationalsOfB.merge(r.period().substring(0, 4), r.value(), Double::sum));
        }
        if (card.a().euMember()) {
            assertThat(card.detections().nationalsOfB()).extracting(Point::period).containsExactlyElementsOf(nationalsOfB.keySet());
            card.detections().nationalsOfB().forEach(p -> assertThat(p.value()).as(p.period()).isEqualTo(nationalsOfB.get(p.period())));
        } else {
            assertThat(card.detections().nationalsOfB()).isEmpty();
        }
        assertThat(card.detections().bInEu()).isFalse();
        assertThat(card.detections().nationalsOfA()).isEmpty();
    }

    private static List<ShippedFile.Row> costs(String sending, String receiving) {
        return ShippedFile.of("rpw.cost-usd-200").pair(sending, receiving);
    }

    private static void assertSeries(List<Point> shown, List<ShippedFile.Row> shipped) {
        assertThat(shown).extracting(Point::period).containsExactlyElementsOf(shipped.stream().map(ShippedFile.Row::period).toList());
        assertThat(shown).extracting(Point::value).containsExactlyElementsOf(shipped.stream().map(ShippedFile.Row::value).toList());
    }

    private static void assertCosts(List<CostPoint> shown, List<ShippedFile.Row> shipped) {
        Map<String, Double> expected = byPeriod(shipped);
        assertThat(shown).extracting(CostPoint::period).containsExactlyInAnyOrderElementsOf(expected.keySet());
        shown.forEach(p -> assertThat(p.percent()).as(p.period()).isEqualTo(expected.get(p.period())));
    }

    private static Map<String, Double> byPeriod(List<ShippedFile.Row> rows) {
        Map<String, Double> map = new TreeMap<>();
        rows.forEach(r -> map.put(r.period(), r.value()));
        return map;
    }
}
