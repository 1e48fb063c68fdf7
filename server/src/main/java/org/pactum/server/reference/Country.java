package org.pactum.server.reference;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A country or territory as ISO 3166-1 lists it, with its names in the six UN languages, its UN
 * region and whether it belongs to the European Union and the Schengen area.
 */
public record Country(
        String iso3,
        String iso2,
        String numericCode,
        Map<String, String> names,
        String region,
        String subRegion,
        boolean euMember,
        boolean schengenMember) {

    public Country {
        Objects.requireNonNull(iso3, "iso3");
        if (!iso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("ISO 3166-1 alpha-3 code must be three capital letters: " + iso3);
        }
        names = Map.copyOf(names);
        if (!names.containsKey("en")) {
            throw new IllegalArgumentException("Country " + iso3 + " needs an English name");
        }
    }

    /** The name in the given language, or the English name when there is none. */
    public String name(Locale locale) {
        return names.getOrDefault(locale.getLanguage(), names.get("en"));
    }

    public String name() {
        return names.get("en");
    }
}
