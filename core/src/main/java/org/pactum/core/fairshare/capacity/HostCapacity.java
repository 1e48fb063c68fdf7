package org.pactum.core.fairshare.capacity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.pactum.core.fairshare.IndicatorCode;
import org.pactum.core.fairshare.IndicatorData;
import org.pactum.core.fairshare.KeyProblem;
import org.pactum.core.fairshare.KeyValidationException;
import org.pactum.core.fairshare.StateCode;

/**
 * UNHCR's host-capacity measures for a set of states and a data year, from the indicators
 * {@link IndicatorCode#REFUGEES_HOSTED}, {@link IndicatorCode#POPULATION} and
 * {@link IndicatorCode#GDP_PER_CAPITA_PPP}; source: UNHCR Global Trends, which ranks host countries by
 * refugees per 1,000 inhabitants and per 1 USD of GDP (PPP) per capita.
 */
public final class HostCapacity {

    private HostCapacity() {
    }

    /**
     * The measures for each state, in alphabetical order.
     *
     * @throws KeyValidationException naming every state and indicator that is missing, or not positive where it must be
     */
    public static List<HostingMeasure> measure(Collection<StateCode> states, IndicatorData data) {
        List<KeyProblem> problems = new ArrayList<>();
        List<HostingMeasure> measures = new ArrayList<>();
        for (StateCode state : new TreeSet<>(states)) {
            Optional<BigDecimal> refugees = required(data, IndicatorCode.REFUGEES_HOSTED, state, false, problems);
            Optional<BigDecimal> population = required(data, IndicatorCode.POPULATION, state, true, problems);
            Optional<BigDecimal> gdpPerCapita = required(data, IndicatorCode.GDP_PER_CAPITA_PPP, state, true, problems);
            if (refugees.isPresent() && population.isPresent() && gdpPerCapita.isPresent()) {
                measures.add(HostingMeasure.of(state, refugees.get(), population.get(), gdpPerCapita.get()));
            }
        }
        if (!problems.isEmpty()) {
            throw new KeyValidationException(problems);
        }
        return List.copyOf(measures);
    }

    /** The same measures, the state hosting most refugees per 1,000 inhabitants first. */
    public static List<HostingMeasure> byRefugeesPerThousandInhabitants(List<HostingMeasure> measures) {
        return measures.stream().sorted(Comparator.comparing(HostingMeasure::refugeesPerThousandInhabitants).reversed()
                .thenComparing(HostingMeasure::state)).toList();
    }

    /** The same measures, the state hosting most refugees per dollar of GDP per capita first. */
    public static List<HostingMeasure> byRefugeesPerDollarGdpPerCapita(List<HostingMeasure> measures) {
        return measures.stream().sorted(Comparator.comparing(HostingMeasure::refugeesPerDollarGdpPerCapita).reversed()
                .thenComparing(HostingMeasure::state)).toList();
    }

    private static Optional<BigDecimal> required(IndicatorData data, IndicatorCode indicator, StateCode state, boolean positive,
                                                 List<KeyProblem> problems) {
        Optional<BigDecimal> value = data.value(indicator, state);
        if (value.isEmpty()) {
            problems.add(KeyProblem.of(state, indicator, "no value for " + data.dataYear()));
            return Optional.empty();
        }
        if (positive ? value.get().signum() <= 0 : value.get().signum() < 0) {
            problems.add(KeyProblem.of(state, indicator, "the value " + value.get().toPlainString()
                    + (positive ? " must be above zero" : " cannot be negative")));
            return Optional.empty();
        }
        return value;
    }
}
