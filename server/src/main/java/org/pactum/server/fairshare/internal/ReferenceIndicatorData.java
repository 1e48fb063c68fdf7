package org.pactum.server.fairshare.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pactum.core.fairshare.IndicatorCode;
import org.pactum.core.fairshare.IndicatorData;
import org.pactum.core.fairshare.StateCode;
import org.pactum.server.reference.Indicator;
import org.pactum.server.reference.Observation;
import org.pactum.server.reference.Period;
import org.pactum.server.reference.ReferenceCatalog;
import org.springframework.stereotype.Component;

/**
 * Feeds the keys of the core with the reference data: each key indicator is read from the
 * reference series it stands for, for the data year and the years before it (for keys that fall
 * back to a state's latest earlier value). The series used are listed with their editions.
 *
 * <p>The past asylum effort of the 2015 relocation key is the average, over the five years ending
 * with the data year, of asylum applications received (UNHCR, all origins) per million
 * inhabitants of that year. Resettled refugees, which the Commission added, are not in the
 * reference data and are not counted.
 */
@Component
public class ReferenceIndicatorData {

    /** Key indicators and the reference series they are read from. */
    static final Map<IndicatorCode, String> SERIES = Map.of(
            IndicatorCode.POPULATION, "wdi.population",
            IndicatorCode.GDP, "wdi.gdp",
            IndicatorCode.UNEMPLOYMENT_RATE, "wdi.unemployment",
            IndicatorCode.GDP_PER_CAPITA_PPP, "wdi.gdp-per-capita-ppp",
            IndicatorCode.REFUGEES_HOSTED, "unhcr.refugees-hosted");

    static final String ASYLUM_APPLICATIONS = "unhcr.asylum-applications";
    static final int ASYLUM_EFFORT_YEARS = 5;

    private final ReferenceCatalog catalog;

    public ReferenceIndicatorData(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    /** Data for the indicators and states, and the sources read. */
    public record Loaded(IndicatorData data, List<String> sources) {
    }

    /** The reference series a key indicator is read from: a known key indicator or any single-country series by its code. */
    public Optional<String> seriesOf(IndicatorCode indicator) {
        if (SERIES.containsKey(indicator)) {
            return Optional.of(SERIES.get(indicator));
        }
        if (indicator.equals(IndicatorCode.ASYLUM_EFFORT_PER_MILLION)) {
            return Optional.of(ASYLUM_APPLICATIONS);
        }
        return catalog.indicator(indicator.code())
                .filter(i -> i.dimension() == org.pactum.server.reference.Dimension.COUNTRY)
                .map(Indicator::code);
    }

    public Loaded load(Collection<IndicatorCode> indicators, Collection<StateCode> states, int dataYear) {
        IndicatorData.Builder builder = IndicatorData.forYear(dataYear);
        Set<String> sources = new LinkedHashSet<>();
        for (IndicatorCode indicator : indicators) {
            if (indicator.equals(IndicatorCode.ASYLUM_EFFORT_PER_MILLION)) {
                loadAsylumEffort(builder, states, dataYear);
                describe(ASYLUM_APPLICATIONS).ifPresent(sources::add);
                describe("wdi.population").ifPresent(sources::add);
                continue;
            }
            Optional<String> series = seriesOf(indicator);
            if (series.isEmpty()) {
                continue; // the key reports the missing values, naming the indicator
            }
            describe(series.get()).ifPresent(sources::add);
            for (StateCode state : states) {
                for (Observation o : catalog.series(series.get(), state.iso3())) {
                    int year = o.period().start().getYear();
                    if (year <= dataYear && o.period().frequency() == org.pactum.server.reference.Frequency.YEAR) {
                        builder.value(indicator, state, year, BigDecimal.valueOf(o.value()));
                    }
                }
            }
        }
        return new Loaded(builder.build(), new ArrayList<>(sources));
    }

    private void loadAsylumEffort(IndicatorData.Builder builder, Collection<StateCode> states, int dataYear) {
        for (StateCode state : states) {
            double sumPerMillion = 0;
            int years = 0;
            for (int year = dataYear - ASYLUM_EFFORT_YEARS + 1; year <= dataYear; year++) {
                Optional<Double> applications = catalog.sumOverPartners(ASYLUM_APPLICATIONS, state.iso3(), Period.year(year));
                Optional<Observation> population = catalog.value("wdi.population", state.iso3(), Period.year(year));
                if (applications.isPresent() && population.isPresent() && population.get().value() > 0) {
                    sumPerMillion += applications.get() / population.get().value() * 1_000_000d;
                    years++;
                }
            }
            if (years == ASYLUM_EFFORT_YEARS) {
                builder.value(IndicatorCode.ASYLUM_EFFORT_PER_MILLION, state, dataYear,
                        BigDecimal.valueOf(sumPerMillion / years));
            }
        }
    }

    private Optional<String> describe(String series) {
        return catalog.indicator(series).map(i -> i.code() + ": " + i.provenance().source() + ", "
                + i.provenance().edition() + " (" + i.provenance().licence() + ")"
                + (i.provenance().restriction().restricts() ? "; restricted use: " + i.provenance().restriction().notice() : ""));
    }
}
