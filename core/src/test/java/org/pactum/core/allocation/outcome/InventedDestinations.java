package org.pactum.core.allocation.outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Invented destination profiles for fast tests: spread labour markets and networks, not real countries. */
final class InventedDestinations {

    private static final String[] LANGUAGES = {"de", "fr", "es", "it", "nl", "sv", "pl", "pt", "en", "el", "cs", "ro"};
    private static final double[] GDP = {32_000, 71_000, 45_000, 58_000, 38_000, 80_000, 51_000, 35_000, 66_000, 42_000, 75_000, 55_000};
    private static final String[] ORIGINS = {"SYR", "AFG", "UKR", "IRQ", "TUR", "VEN", "COL", "ERI", "SOM", "NGA", "COD", "PAK"};

    private InventedDestinations() {
    }

    /** Twelve destinations D01..D12: unemployment 2.5 % to 13.5 % in steps of 1, GDP per capita and networks shuffled across them. */
    static List<DestinationProfile> twelve() {
        List<DestinationProfile> destinations = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            Map<String, Long> stock = new LinkedHashMap<>();
            for (int o = 0; o < ORIGINS.length; o++) {
                // 0 to 400,000 co-nationals, varying by destination and origin
                stock.put(ORIGINS[o], (long) (((d * 7 + o * 5) % 12) * 36_000));
            }
            destinations.add(new DestinationProfile(String.format("D%02d", d + 1), Set.of(LANGUAGES[d]), 2.5 + d, GDP[d], stock));
        }
        return destinations;
    }

    static Map<String, DestinationProfile> byId(List<DestinationProfile> destinations) {
        Map<String, DestinationProfile> byId = new LinkedHashMap<>();
        destinations.forEach(d -> byId.put(d.id(), d));
        return byId;
    }
}
