package org.pactum.core.fairshare;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A participant in a burden-sharing scheme, named by its ISO 3166-1 alpha-3 code ({@code DEU},
 * {@code EST}, {@code ITA}).
 *
 * <p>Keys that share out among sub-national units, such as the Königstein key among the German
 * Länder, use the same three-letter form with codes the caller chooses (for example {@code BAY}
 * for Bayern); the arithmetic does not care whether a participant is a state or a Land.
 *
 * <p>Codes order alphabetically; that order is the last step of every tie-break in Pactum.
 */
public record StateCode(String iso3) implements Comparable<StateCode> {

    private static final Pattern THREE_UPPERCASE_LETTERS = Pattern.compile("[A-Z]{3}");

    public StateCode {
        Objects.requireNonNull(iso3, "state code");
        if (!THREE_UPPERCASE_LETTERS.matcher(iso3).matches()) {
            throw new IllegalArgumentException(
                    "a state code is three uppercase letters (ISO 3166-1 alpha-3), was '" + iso3 + "'");
        }
    }

    public static StateCode of(String iso3) {
        return new StateCode(iso3);
    }

    @Override
    public int compareTo(StateCode other) {
        return iso3.compareTo(other.iso3);
    }

    @Override
    public String toString() {
        return iso3;
    }
}
