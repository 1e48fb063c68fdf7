package org.pactum.server.corridors.internal;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pactum.server.reference.Country;
import org.pactum.server.reference.ReferenceCatalog;
import org.pactum.server.support.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Reads the country codes a reader types. An unknown code is a 404 that suggests the codes the
 * reader probably meant: codes one letter away, and countries whose name begins with or contains
 * what was typed ("germany" suggests DEU).
 */
@Component
public class CountryCodes {

    private static final int LONGEST_KEY = 60;
    private static final int SUGGESTIONS = 5;

    private final ReferenceCatalog reference;

    CountryCodes(ReferenceCatalog reference) {
        this.reference = reference;
    }

    /** The country of an ISO 3166-1 alpha-3 code (any case), or 404 with close matches. */
    public Country require(String code) {
        String typed = code == null ? "" : code.strip();
        if (typed.matches("[A-Za-z]{3}")) {
            var found = reference.country(typed.toUpperCase(Locale.ROOT));
            if (found.isPresent()) {
                return found.get();
            }
        }
        String key = typed.length() > LONGEST_KEY ? typed.substring(0, LONGEST_KEY) + "…" : typed;
        throw new NotFoundException("country", key, typed.length() > LONGEST_KEY ? List.of() : suggestions(typed));
    }

    /** Codes the reader may have meant, best first, each as "DEU (Germany)". */
    List<String> suggestions(String typed) {
        String upper = typed.toUpperCase(Locale.ROOT);
        String lower = typed.toLowerCase(Locale.ROOT);
        List<Country> countries = reference.countries();
        Set<Country> picked = new LinkedHashSet<>();
        if (!upper.isEmpty()) {
            countries.stream().filter(c -> distance(c.iso3(), upper) == 1)
                    .sorted(Comparator.comparing(Country::iso3)).forEach(picked::add);
            countries.stream().filter(c -> c.iso3().startsWith(upper.substring(0, Math.min(2, upper.length()))))
                    .sorted(Comparator.comparing(Country::iso3)).forEach(picked::add);
        }
        if (lower.length() >= 3) {
            countries.stream().filter(c -> c.names().values().stream()
                    .anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(lower))).forEach(picked::add);
        }
        return picked.stream().limit(SUGGESTIONS).map(c -> c.iso3() + " (" + c.name() + ")").toList();
    }

    /** Levenshtein distance of two short codes. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
