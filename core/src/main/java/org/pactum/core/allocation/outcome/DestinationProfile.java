package org.pactum.core.allocation.outcome;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the outcome model knows of a destination: its id (as in the allocation's destinations), the
 * languages spoken there (ISO 639 codes), its labour market (unemployment in % of the labour force,
 * GDP per capita at purchasing-power parity in international dollars; {@code NaN} where unknown)
 * and the co-national network: how many people born in (or citizens of) each country of origin
 * live there, by ISO 3166 alpha-3 code. An origin missing from the map counts as nobody.
 *
 * <p>For Member States these come from the reference data (World Bank WDI, UN DESA International
 * Migrant Stock) through {@link ReferenceIndicators}; for municipalities the caller supplies local
 * figures.
 */
public record DestinationProfile(String id, Set<String> languages, double unemployment, double gdpPerCapitaPpp,
                                 Map<String, Long> migrantStock) {

    public DestinationProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(migrantStock, "migrant stock");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a destination needs an id");
        }
        if (!Double.isNaN(unemployment) && !(unemployment >= 0 && unemployment <= 100)) {
            throw new IllegalArgumentException("destination " + id + ": unemployment is a share of the labour force in %, was " + unemployment);
        }
        if (!Double.isNaN(gdpPerCapitaPpp) && !(gdpPerCapitaPpp > 0)) {
            throw new IllegalArgumentException("destination " + id + ": GDP per capita must be positive, was " + gdpPerCapitaPpp);
        }
        migrantStock.forEach((origin, persons) -> {
            if (persons == null || persons < 0) {
                throw new IllegalArgumentException("destination " + id + ": the migrant stock from " + origin + " cannot be negative");
            }
        });
        languages = Set.copyOf(new TreeSet<>(languages));
        migrantStock = Map.copyOf(new TreeMap<>(migrantStock));
    }

    /** People of {@code nationality} living at the destination (0 when not reported). */
    public long coNationals(String nationality) {
        return migrantStock.getOrDefault(nationality, 0L);
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }
}
