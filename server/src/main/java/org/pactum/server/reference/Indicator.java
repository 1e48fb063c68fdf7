package org.pactum.server.reference;

import java.util.Objects;

/**
 * A statistical series: what it measures, in which unit, how often, about one country or a
 * pair of countries, and where it comes from.
 *
 * @param pairMeaning for pair series, which country is which (e.g. "country = country of asylum;
 *                    partner = country of origin"); empty otherwise
 */
public record Indicator(
        String code,
        String name,
        String unit,
        Dimension dimension,
        String pairMeaning,
        Frequency frequency,
        Provenance provenance) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[a-z0-9][a-z0-9.\\-]{0,79}")) {
            throw new IllegalArgumentException("Indicator code must be lower-case letters, digits, dots and dashes: " + code);
        }
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(provenance, "provenance");
        pairMeaning = pairMeaning == null ? "" : pairMeaning;
    }
}
