package org.pactum.core.fairshare.capacity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.pactum.core.fairshare.StateCode;

/**
 * How heavily a state's hosting of refugees weighs on it, in UNHCR's two yardsticks: refugees per
 * 1,000 inhabitants (against population) and refugees per 1 US dollar of GDP per capita at
 * purchasing power parity (against economic capacity). These are measures, not a key: they show who
 * carries most today, not who should carry what.
 */
public record HostingMeasure(StateCode state, BigDecimal refugeesHosted, BigDecimal population, BigDecimal gdpPerCapitaPpp,
                             BigDecimal refugeesPerThousandInhabitants, BigDecimal refugeesPerDollarGdpPerCapita) {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    public HostingMeasure {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(refugeesHosted, "refugees hosted in " + state);
        Objects.requireNonNull(population, "population of " + state);
        Objects.requireNonNull(gdpPerCapitaPpp, "GDP per capita of " + state);
        Objects.requireNonNull(refugeesPerThousandInhabitants, "refugees per 1,000 inhabitants in " + state);
        Objects.requireNonNull(refugeesPerDollarGdpPerCapita, "refugees per dollar of GDP per capita in " + state);
        if (refugeesHosted.signum() < 0) {
            throw new IllegalArgumentException("refugees hosted in " + state + " cannot be negative, were " + refugeesHosted);
        }
        if (population.signum() <= 0 || gdpPerCapitaPpp.signum() <= 0) {
            throw new IllegalArgumentException("population and GDP per capita of " + state + " must be positive");
        }
    }

    /** Computes both measures from the three figures. */
    public static HostingMeasure of(StateCode state, BigDecimal refugeesHosted, BigDecimal population, BigDecimal gdpPerCapitaPpp) {
        if (population.signum() <= 0 || gdpPerCapitaPpp.signum() <= 0) {
            throw new IllegalArgumentException("population and GDP per capita of " + state + " must be positive, were "
                    + population + " and " + gdpPerCapitaPpp);
        }
        return new HostingMeasure(state, refugeesHosted, population, gdpPerCapitaPpp,
                refugeesHosted.multiply(THOUSAND).divide(population, MathContext.DECIMAL128),
                refugeesHosted.divide(gdpPerCapitaPpp, MathContext.DECIMAL128));
    }
}
