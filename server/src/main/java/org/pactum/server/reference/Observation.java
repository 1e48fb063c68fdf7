package org.pactum.server.reference;

import java.util.Objects;
import java.util.Optional;

/**
 * One value of a series for a country (or an ordered pair of countries) in a period, with the
 * edition of the publisher's data it was taken from. A newer edition that does not carry a value
 * leaves the older value with its own edition.
 *
 * @param partner the second country of a pair series; empty for single-country series
 * @param edition the edition the value comes from
 */
public record Observation(String indicatorCode, String country, Optional<String> partner, Period period, double value,
        String edition) {

    public Observation {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(edition, "edition");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("An observation needs a finite value");
        }
    }
}
