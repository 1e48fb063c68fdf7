package org.pactum.server.fairshare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pactum.core.apportionment.Allotment;
import org.pactum.core.apportionment.Apportionment;
import org.pactum.core.apportionment.ApportionmentMethod;
import org.pactum.core.fairshare.Criterion;
import org.pactum.core.fairshare.CustomKey;
import org.pactum.core.fairshare.DistributionKey;
import org.pactum.core.fairshare.FairShares;
import org.pactum.core.fairshare.IndicatorCode;
import org.pactum.core.fairshare.KeyValidationException;
import org.pactum.core.fairshare.KoenigsteinKey;
import org.pactum.core.fairshare.Participants;
import org.pactum.core.fairshare.StateCode;
import org.pactum.core.fairshare.WhenMissing;
import org.pactum.core.fairshare.capacity.HostCapacity;
import org.pactum.core.fairshare.capacity.HostingMeasure;
import org.pactum.server.fairshare.FairShareRejected.Problem;
import org.pactum.server.fairshare.internal.ReferenceIndicatorData;
import org.pactum.server.reference.Country;
import org.pactum.server.reference.ReferenceCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes fair shares on the reference data: checks the request, reads each key indicator for the
 * data year, lets the core compute the key and apportion the persons, and names every state,
 * indicator or field that prevents it.
 */
@Service
@Transactional(readOnly = true)
public class FairShareCalculator {

    /** Keys the calculator offers, in the order shown. */
    public static final List<String> KEYS = List.of("eu-ammr-2024", "eu-relocation-2015", "dublin-iv-2016", "custom");

    static final List<IndicatorCode> CAPACITY_INDICATORS = List.of(IndicatorCode.REFUGEES_HOSTED, IndicatorCode.POPULATION,
            IndicatorCode.GDP_PER_CAPITA_PPP);

    /** The sequential EASY method walks arrival by arrival; above this many persons it is refused. */
    static final long EASY_LIMIT = 1_000_000L;

    private final ReferenceCatalog catalog;
    private final ReferenceIndicatorData indicatorData;
    private final org.pactum.server.fairshare.internal.FairShareRuns runs;
    private final org.pactum.server.audit.AuditTrail audit;
    private final org.pactum.server.fairshare.internal.KeyDefinitions keyDefinitions;

    FairShareCalculator(ReferenceCatalog catalog, ReferenceIndicatorData indicatorData,
            org.pactum.server.fairshare.internal.FairShareRuns runs, org.pactum.server.audit.AuditTrail audit,
            org.pactum.server.fairshare.internal.KeyDefinitions keyDefinitions) {
        this.keyDefinitions = keyDefinitions;
        this.catalog = catalog;
        this.indicatorData = indicatorData;
        this.runs = runs;
        this.audit = audit;
    }

    /** Computes and stores the result with the data it rests on; returns the stored run's id and the result. */
    @Transactional
    public java.util.Map.Entry<String, FairShareResult> computeAndRecord(FairShareRequest request) {
        FairShareResult result = compute(request);
        String id = runs.save(request, result, audit.currentActor());
        audit.record("fairshare.compute", "run " + id, result.key() + " on " + result.dataYear() + " data, "
                + result.total() + " persons by " + result.method());
        return java.util.Map.entry(id, result);
    }

    /** The EU Member States in the reference data: the default set of participants. */
    public List<String> euMembers() {
        return catalog.countries().stream().filter(Country::euMember).map(Country::iso3).sorted().toList();
    }

    public FairShareResult compute(FairShareRequest request) {
        List<Problem> problems = new ArrayList<>();
        if (request.total() < 0 || request.total() > FairShareRequest.MAX_TOTAL) {
            problems.add(new Problem("total", "must be between 0 and 1,000,000,000 persons, was " + request.total()));
        }
        if (request.euroPerPerson() <= 0) {
            problems.add(new Problem("euroPerPerson", "must be a positive amount of euros, was " + request.euroPerPerson()));
        }
        Optional<ApportionmentMethod> method = ApportionmentMethod.byName(request.method());
        if (method.isEmpty()) {
            problems.add(new Problem("method", "'" + request.method() + "' is not one of hamilton, dhondt, sainte-lague, "
                    + "huntington-hill, nearest-person, easy"));
        } else if (method.get().name().equals("easy") && request.total() > EASY_LIMIT) {
            problems.add(new Problem("method", "the sequential EASY rule is offered up to 1,000,000 persons"));
        }
        Set<StateCode> members = states("participants", request.participants().isEmpty() ? euMembers()
                : request.participants(), problems);
        Set<StateCode> excluded = states("excluded", request.excluded(), problems);
        Optional<DistributionKey> key = key(request, problems);
        if (!problems.isEmpty()) {
            throw new FairShareRejected(problems);
        }
        Participants participants;
        try {
            participants = Participants.of(members).excluding(excluded);
        } catch (IllegalArgumentException e) {
            throw new FairShareRejected("participants", e.getMessage());
        }
        if (participants.sharing().isEmpty()) {
            throw new FairShareRejected("participants", "no state is left to share once the excluded states are taken out");
        }
        // the key's indicators and those of UNHCR's capacity measures, read in one pass
        java.util.Set<IndicatorCode> needed = new java.util.LinkedHashSet<>(CAPACITY_INDICATORS);
        key.get().criteria().forEach(c -> needed.add(c.indicator()));
        ReferenceIndicatorData.Loaded loaded = indicatorData.load(needed, participants.sharing(), request.dataYear());
        FairShares shares;
        try {
            shares = key.get().compute(participants, loaded.data());
        } catch (KeyValidationException e) {
            throw new FairShareRejected(e.problems().stream().map(p -> new Problem(
                    p.state().map(StateCode::iso3).orElse("") + p.indicator().map(i -> (p.state().isPresent() ? " " : "")
                            + indicatorName(i)).orElse(""), p.message())).toList());
        }
        Apportionment apportionment = method.get().apportion(shares, request.total());
        java.util.Map<StateCode, HostingMeasure> capacity = capacity(participants.sharing(), loaded.data());
        List<FairShareResult.Row> rows = new ArrayList<>();
        for (Allotment a : apportionment.allotments()) {
            String name = catalog.country(a.state().iso3()).map(Country::name).orElse(a.state().iso3());
            Optional<HostingMeasure> measure = Optional.ofNullable(capacity.get(a.state()));
            rows.add(new FairShareResult.Row(a.state().iso3(), name, a.share(), a.quota(), a.persons(),
                    Math.multiplyExact(a.persons(), request.euroPerPerson()),
                    measure.map(HostingMeasure::refugeesPerThousandInhabitants).orElse(null),
                    measure.map(HostingMeasure::refugeesPerDollarGdpPerCapita).orElse(null)));
        }
        List<String> notes = new ArrayList<>(shares.notes().stream().map(Object::toString).toList());
        if (!participants.excluded().isEmpty()) {
            notes.add("Excluded from sharing: " + String.join(", ", participants.excluded().stream().map(StateCode::iso3).toList()));
        }
        return new FairShareResult(request.key(), key.get().title(), key.get().formula(), key.get().legalSource(),
                request.dataYear(), method.get().name(), request.total(), apportionment.allotted(),
                apportionment.differenceFromTarget(), request.euroPerPerson(), rows, loaded.sources(), notes);
    }

    /** UNHCR's host-capacity measures for each state that has the three figures in the data year. */
    private static java.util.Map<StateCode, HostingMeasure> capacity(java.util.Collection<StateCode> states,
            org.pactum.core.fairshare.IndicatorData data) {
        java.util.Map<StateCode, HostingMeasure> measures = new java.util.HashMap<>();
        for (StateCode state : states) {
            try {
                HostCapacity.measure(List.of(state), data).forEach(m -> measures.put(m.state(), m));
            } catch (KeyValidationException | IllegalArgumentException e) {
                // a state without the three figures in the data year is shown without the measures
            }
        }
        return measures;
    }

    private String indicatorName(IndicatorCode indicator) {
        return indicatorData.seriesOf(indicator).map(s -> indicator.code() + " (" + s + ")").orElse(indicator.code());
    }

    /** The known states among the codes; each unknown code is added to the problems under the field's name. */
    Set<StateCode> states(String field, List<String> codes, List<Problem> problems) {
        Set<StateCode> states = new TreeSet<>();
        for (String raw : codes) {
            String code = raw.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (!code.matches("[A-Z]{3}") || catalog.country(code).isEmpty()) {
                problems.add(new Problem(field, "'" + raw.strip() + "' is not a known ISO 3166-1 alpha-3 state code"));
            } else {
                states.add(StateCode.of(code));
            }
        }
        return states;
    }

    /** The keys negotiators have defined and stored. */
    public List<KeyDefinition> definedKeys() {
        return keyDefinitions.all();
    }

    public Optional<KeyDefinition> definedKey(String id) {
        return keyDefinitions.find(id);
    }

    /** Stores a key after checking its criteria; a key that cannot be built is refused and nothing is stored. */
    @Transactional
    public KeyDefinition define(KeyDefinition key) {
        List<Problem> problems = new ArrayList<>();
        if (key.id() == null || !key.id().matches("[a-z0-9][a-z0-9-]{1,39}")) {
            problems.add(new Problem("id", "must be 2 to 40 lower-case letters, digits or dashes, was '" + key.id() + "'"));
        } else if (keyDefinitions.exists(key.id())) {
            problems.add(new Problem("id", "a key '" + key.id() + "' already exists"));
        }
        if (key.title() == null || key.title().isBlank() || key.title().length() > 200) {
            problems.add(new Problem("title", "a key needs a title of at most 200 characters"));
        }
        customKey(key.criteria(), key.id() == null ? "custom" : key.id(), problems);
        if (!problems.isEmpty()) {
            throw new FairShareRejected(problems);
        }
        KeyDefinition stored = new KeyDefinition(key.id(), key.title().strip(), key.criteria());
        keyDefinitions.insert(stored, audit.currentActor());
        audit.record("fairshare.key.define", "key " + key.id(), key.title() + ": " + key.criteria().size() + " criteria");
        return stored;
    }

    private Optional<DistributionKey> key(FairShareRequest request, List<Problem> problems) {
        if (request.key().equals("custom")) {
            return customKey(request.criteria(), "custom", problems);
        }
        if (request.key().startsWith("custom:")) {
            String id = request.key().substring("custom:".length());
            Optional<KeyDefinition> defined = keyDefinitions.find(id);
            if (defined.isEmpty()) {
                problems.add(new Problem("key", "no defined key '" + id + "'"));
                return Optional.empty();
            }
            return customKey(defined.get().criteria(), id, problems);
        }
        Optional<DistributionKey> key = DistributionKey.published(request.key());
        if (key.isEmpty()) {
            problems.add(new Problem("key", "'" + request.key() + "' is not a key; choose one of " + String.join(", ", KEYS)));
        } else if (key.get() instanceof KoenigsteinKey) {
            problems.add(new Problem("key", "de-koenigstein needs tax revenue and population per Land, which the "
                    + "reference data does not hold"));
            return Optional.empty();
        }
        return key;
    }

    private Optional<DistributionKey> customKey(List<FairShareRequest.CriterionSpec> specs, String keyId,
            List<Problem> problems) {
        if (specs.isEmpty()) {
            problems.add(new Problem("criteria", "a custom key needs at least one criterion"));
            return Optional.empty();
        }
        List<Criterion> criteria = new ArrayList<>();
        double weights = 0;
        Set<String> seen = new LinkedHashSet<>();
        for (FairShareRequest.CriterionSpec spec : specs) {
            String subject = "criterion " + spec.indicator();
            try {
                IndicatorCode indicator = IndicatorCode.of(spec.indicator() == null ? "" : spec.indicator().strip());
                if (indicatorData.seriesOf(indicator).isEmpty()) {
                    problems.add(new Problem(subject, "no single-country reference series has this code"));
                    continue;
                }
                if (!seen.add(indicator.code())) {
                    problems.add(new Problem(subject, "is listed twice"));
                    continue;
                }
                BigDecimal weight = BigDecimal.valueOf(spec.weight());
                Criterion criterion = "inverse".equalsIgnoreCase(spec.direction())
                        ? Criterion.inverse(indicator, weight) : Criterion.direct(indicator, weight);
                if (spec.direction() != null && !spec.direction().equalsIgnoreCase("direct")
                        && !spec.direction().equalsIgnoreCase("inverse")) {
                    problems.add(new Problem(subject, "direction must be direct or inverse, was '" + spec.direction() + "'"));
                    continue;
                }
                if (spec.capValue().isPresent()) {
                    criterion = criterion.cappedAt(BigDecimal.valueOf(spec.capValue().get()));
                }
                if (spec.whenMissingRule().isPresent()) {
                    criterion = criterion.whenMissing(WhenMissing.valueOf(spec.whenMissingRule().get().toUpperCase(Locale.ROOT)
                            .replace('-', '_')));
                }
                criteria.add(criterion);
                weights += spec.weight();
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(subject, e.getMessage()));
            }
        }
        if (Math.abs(weights - 1.0) > 1e-9 && problems.isEmpty()) {
            problems.add(new Problem("criteria", "the weights must sum to 1, they sum to " + weights));
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CustomKey(keyId, keyId.equals("custom") ? "Custom key" : "Defined key " + keyId, criteria));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("criteria", e.getMessage()));
            return Optional.empty();
        }
    }
}
