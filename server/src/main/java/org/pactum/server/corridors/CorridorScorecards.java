package org.pactum.server.corridors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pactum.core.corridors.RecognitionRate;
import org.pactum.core.corridors.RelationshipBalance;
import org.pactum.core.corridors.RemittanceCostBand;
import org.pactum.core.corridors.StockTrend;
import org.pactum.core.corridors.Undertaking;
import org.pactum.core.corridors.VisaReciprocity;
import org.pactum.core.corridors.VisaRegime;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementQuery;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.agreements.Commitment;
import org.pactum.server.corridors.CorridorViews.AgreementLine;
import org.pactum.server.corridors.CorridorViews.Asylum;
import org.pactum.server.corridors.CorridorViews.AsylumYear;
import org.pactum.server.corridors.CorridorViews.Balance;
import org.pactum.server.corridors.CorridorViews.BalanceLine;
import org.pactum.server.corridors.CorridorViews.CommitmentLine;
import org.pactum.server.corridors.CorridorViews.CostPoint;
import org.pactum.server.corridors.CorridorViews.Detections;
import org.pactum.server.corridors.CorridorViews.IndicatorLine;
import org.pactum.server.corridors.CorridorViews.PeriodLine;
import org.pactum.server.corridors.CorridorViews.Point;
import org.pactum.server.corridors.CorridorViews.Remittances;
import org.pactum.server.corridors.CorridorViews.ReturnsLine;
import org.pactum.server.corridors.CorridorViews.Scorecard;
import org.pactum.server.corridors.CorridorViews.Stocks;
import org.pactum.server.corridors.CorridorViews.Visas;
import org.pactum.server.corridors.internal.CountryCodes;
import org.pactum.server.corridors.internal.Series;
import org.pactum.server.identity.Party;
import org.pactum.server.identity.PartyDirectory;
import org.pactum.server.monitoring.ComplianceReview;
import org.pactum.server.monitoring.Monitoring;
import org.pactum.server.monitoring.PeriodCompliance;
import org.pactum.server.monitoring.Report;
import org.pactum.server.reference.Country;
import org.pactum.server.reference.Observation;
import org.pactum.server.reference.ReferenceCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the scorecard of a bilateral relationship from the reference data and the agreement
 * register. Read only: nothing is stored, so nothing is audited or published.
 */
@Service
@Transactional(readOnly = true)
public class CorridorScorecards {

    /** The commitment type and indicator of returns under readmission commitments. */
    static final String RETURNS = "returns-accepted";

    private final ReferenceCatalog reference;
    private final CountryCodes codes;
    private final Series series;
    private final AgreementRegister register;
    private final PartyDirectory parties;
    private final Monitoring monitoring;
    private final ComplianceReview compliance;

    CorridorScorecards(ReferenceCatalog reference, CountryCodes codes, Series series, AgreementRegister register,
            PartyDirectory parties, Monitoring monitoring, ComplianceReview compliance) {
        this.reference = reference;
        this.codes = codes;
        this.series = series;
        this.register = register;
        this.parties = parties;
        this.monitoring = monitoring;
        this.compliance = compliance;
    }

    /** The country of a code, or 404 naming close matches. */
    public Country country(String code) {
        return codes.require(code);
    }

    /** The scorecard of A and B (codes in any case); 404 with suggestions for an unknown code. */
    public Scorecard scorecard(String codeA, String codeB) {
        Country a = codes.require(codeA);
        Country b = codes.require(codeB);
        if (a.iso3().equals(b.iso3())) {
            throw new org.pactum.server.support.InvalidRequestException("b", "must be another country than a ("
                    + a.iso3() + ")");
        }
        List<AgreementLine> agreements = new ArrayList<>();
        List<Undertaking> undertakings = new ArrayList<>();
        for (Agreement agreement : agreementsBetween(a, b)) {
            agreements.add(agreementLine(agreement, a, b, undertakings));
        }
        return new Scorecard(a, b, visas(a, b), stocks(a, b), remittances(a, b), asylum(a, b), detections(a, b),
                agreements, balance(RelationshipBalance.of(undertakings)));
    }

    private Visas visas(Country a, Country b) {
        Optional<Observation> ab = latest(series.pair(Series.VISA, a.iso3(), b.iso3()));
        Optional<Observation> ba = latest(series.pair(Series.VISA, b.iso3(), a.iso3()));
        Optional<VisaRegime> aIntoB = ab.flatMap(o -> VisaRegime.ofCode(o.value()));
        Optional<VisaRegime> bIntoA = ba.flatMap(o -> VisaRegime.ofCode(o.value()));
        Optional<Integer> daysAInB = latest(series.pair(Series.VISA_DAYS, a.iso3(), b.iso3())).map(o -> (int) o.value());
        Optional<Integer> daysBInA = latest(series.pair(Series.VISA_DAYS, b.iso3(), a.iso3())).map(o -> (int) o.value());
        Optional<VisaReciprocity> reciprocity = aIntoB.isPresent() && bIntoA.isPresent()
                ? Optional.of(new VisaReciprocity(aIntoB.get(), bIntoA.get())) : Optional.empty();
        return new Visas(aIntoB, bIntoA, daysAInB, daysBInA, ab.or(() -> ba).map(o -> o.period().code()), reciprocity,
                series.source(Series.VISA));
    }

    private Stocks stocks(Country a, Country b) {
        // undesa: country = destination, partner = origin
        List<Point> aInB = points(series.pair(Series.STOCK, b.iso3(), a.iso3()));
        List<Point> bInA = points(series.pair(Series.STOCK, a.iso3(), b.iso3()));
        return new Stocks(aInB, bInA, trend(aInB), trend(bInA), series.source(Series.STOCK));
    }

    private static Optional<StockTrend> trend(List<Point> points) {
        if (points.size() < 2) {
            return Optional.empty();
        }
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        return Optional.of(new StockTrend(Integer.parseInt(first.period()), Math.round(first.value()),
                Integer.parseInt(last.period()), Math.round(last.value())));
    }

    private Remittances remittances(Country a, Country b) {
        // wb.remittances-2017 and rpw: country = sending, partner = receiving
        return new Remittances(
                latest(series.pair(Series.REMITTANCES, b.iso3(), a.iso3())).map(Observation::value),
                latest(series.pair(Series.REMITTANCES, a.iso3(), b.iso3())).map(Observation::value),
                costs(series.pair(Series.COST, b.iso3(), a.iso3())),
                costs(series.pair(Series.COST, a.iso3(), b.iso3())),
                series.source(Series.REMITTANCES), series.source(Series.COST));
    }

    private static List<CostPoint> costs(List<Observation> observations) {
        return observations.stream()
                .map(o -> new CostPoint(o.period().code(), o.value(), RemittanceCostBand.of(o.value()))).toList();
    }

    private Asylum asylum(Country a, Country b) {
        return new Asylum(asylumOf(a, b), asylumOf(b, a), series.source(Series.ASYLUM_APPLICATIONS),
                series.source(Series.ASYLUM_DECISIONS));
    }

    /** Nationals of {@code origin} in {@code asylum}: unhcr country = asylum, partner = origin. */
    private List<AsylumYear> asylumOf(Country origin, Country asylum) {
        Map<String, Double> applications = byPeriod(series.pair(Series.ASYLUM_APPLICATIONS, asylum.iso3(), origin.iso3()));
        Map<String, Double> recognised = byPeriod(series.pair(Series.ASYLUM_RECOGNISED, asylum.iso3(), origin.iso3()));
        Map<String, Double> decisions = byPeriod(series.pair(Series.ASYLUM_DECISIONS, asylum.iso3(), origin.iso3()));
        TreeMap<String, Boolean> years = new TreeMap<>();
        applications.keySet().forEach(y -> years.put(y, true));
        decisions.keySet().forEach(y -> years.put(y, true));
        recognised.keySet().forEach(y -> years.put(y, true));
        List<AsylumYear> rows = new ArrayList<>();
        for (String year : years.keySet()) {
            Optional<Long> apps = Optional.ofNullable(applications.get(year)).map(Math::round);
            Optional<Long> rec = Optional.ofNullable(recognised.get(year)).map(Math::round);
            Optional<Long> dec = Optional.ofNullable(decisions.get(year)).map(Math::round);
            OptionalDouble rate = rec.isPresent() && dec.isPresent() && rec.get() <= dec.get()
                    ? new RecognitionRate(rec.get(), dec.get()).percent() : OptionalDouble.empty();
            rows.add(new AsylumYear(year, apps, rec, dec, rate));
        }
        return rows;
    }

    private Detections detections(Country a, Country b) {
        List<Observation> ofA = b.euMember() ? series.detections(a.iso3()) : List.of();
        List<Observation> ofB = a.euMember() ? series.detections(b.iso3()) : List.of();
        Optional<String> latestMonth = java.util.stream.Stream.concat(ofA.stream(), ofB.stream())
                .map(o -> o.period().code()).max(String::compareTo);
        return new Detections(b.euMember(), Series.byYear(ofA), a.euMember(), Series.byYear(ofB), latestMonth,
                series.source(Series.DETECTIONS_SOURCE));
    }

    private List<Agreement> agreementsBetween(Country a, Country b) {
        Map<String, Optional<String>> countryOf = parties.parties().stream()
                .collect(Collectors.toMap(Party::id, Party::countryIso3));
        return register.search(AgreementQuery.all()).stream()
                .filter(ag -> ag.terms().partyIds().stream().anyMatch(p -> is(countryOf, p, a))
                        && ag.terms().partyIds().stream().anyMatch(p -> is(countryOf, p, b)))
                .toList();
    }

    private static boolean is(Map<String, Optional<String>> countryOf, String partyId, Country country) {
        return countryOf.getOrDefault(partyId, Optional.empty()).map(country.iso3()::equals).orElse(false);
    }

    private String sideOf(String partyId, Country a, Country b) {
        Optional<String> iso3 = parties.party(partyId).flatMap(Party::countryIso3);
        if (iso3.filter(a.iso3()::equals).isPresent()) {
            return "A";
        }
        return iso3.filter(b.iso3()::equals).isPresent() ? "B" : "THIRD_PARTY";
    }

    private AgreementLine agreementLine(Agreement agreement, Country a, Country b, List<Undertaking> undertakings) {
        List<CommitmentLine> commitments = new ArrayList<>();
        List<ReturnsLine> returns = new ArrayList<>();
        for (Commitment c : agreement.terms().commitments()) {
            String side = sideOf(c.partyId(), a, b);
            commitments.add(new CommitmentLine(c.key(), c.partyId(), side, c.typeCode(), c.quantity(), c.unit(),
                    c.status().name(), c.description()));
            undertakings.add(new Undertaking(Undertaking.Side.valueOf(side), agreement.id(), c.typeCode(), c.quantity(),
                    c.unit()));
            if (c.typeCode().equals(RETURNS)) {
                List<Report> reports = monitoring.currentReports(agreement.id(), RETURNS, c.partyId());
                BigDecimal reported = reports.stream().map(Report::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal verified = reports.stream()
                        .filter(r -> r.verification() == org.pactum.core.compliance.Verification.VERIFIED)
                        .map(Report::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                returns.add(new ReturnsLine(c.key(), c.partyId(), c.quantity(), reported, verified, reports.size()));
            }
        }
        List<PeriodCompliance> periods = compliance.compliance(agreement.id());
        var lights = compliance.currentLights(agreement.id());
        List<IndicatorLine> indicators = monitoring.indicators(agreement.id()).stream()
                .map(i -> new IndicatorLine(i.indicatorCode(), i.partyId(), lights.get(i.id()),
                        periods.stream().filter(p -> p.indicatorId() == i.id())
                                .map(p -> new PeriodLine(p.period(), p.target(), p.actual(),
                                        p.verification().map(Enum::name).orElse("NOT_REPORTED"), p.status()))
                                .toList()))
                .toList();
        return new AgreementLine(agreement.id(), agreement.terms().title(), agreement.terms().typeCode(),
                agreement.status().name(), agreement.terms().illustrative(), compliance.overall(agreement.id()),
                commitments, indicators, returns);
    }

    private static Balance balance(RelationshipBalance balance) {
        Function<Map<RelationshipBalance.Kind, BigDecimal>, List<BalanceLine>> lines = m -> m.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new BalanceLine(e.getKey().typeCode(), e.getKey().unit(), e.getValue())).toList();
        return new Balance(lines.apply(balance.givenByA()), lines.apply(balance.givenByB()),
                lines.apply(balance.givenByThirdParties()), balance.oneSided(),
                balance.sideGivingWithoutReturn().map(Enum::name));
    }

    private static Optional<Observation> latest(List<Observation> observations) {
        return observations.isEmpty() ? Optional.empty() : Optional.of(observations.get(observations.size() - 1));
    }

    private static List<Point> points(List<Observation> observations) {
        return observations.stream().map(o -> new Point(o.period().code(), o.value())).toList();
    }

    private static Map<String, Double> byPeriod(List<Observation> observations) {
        Map<String, Double> map = new TreeMap<>();
        observations.forEach(o -> map.put(o.period().code(), o.value()));
        return map;
    }
}
