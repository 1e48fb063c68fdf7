package org.pactum.server.reference;

import java.util.Objects;
import java.util.Optional;

/**
 * One value of a series for a country (or an ordered pair of countries) in a period.
 *
 * @param partner the second country of a pair series; empty for single-country series
 */
public record Observation(String indicatorCode, String country, Optional<String> partner, Period period, double value) {

    public Observation {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(period, "period");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("An observation needs a finite value");
        }
    }
}
