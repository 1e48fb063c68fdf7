package org.pactum.server.reference;

import java.util.Optional;

/**
 * A limit the publisher's licence puts on reusing a series, beyond attribution: Frontex's monthly
 * detections may be reused beyond private use only with Frontex's permission; PRIO's battle deaths
 * before 1989 are for research use. Pactum shows the terms beside the restricted figures, and an
 * installation that may not hold them leaves them out of its first load.
 *
 * @param terms   what the licence restricts, in the publisher's words; empty when nothing is
 * @param through the last restricted period when only the earlier part of the series is
 *                restricted; empty when the whole series is
 */
public record UseRestriction(String terms, Optional<Period> through) {

    public static final UseRestriction NONE = new UseRestriction("", Optional.empty());

    public UseRestriction {
        terms = terms == null ? "" : terms.strip();
        through = through == null ? Optional.empty() : through;
        if (terms.isEmpty() && through.isPresent()) {
            throw new IllegalArgumentException("A restricted period needs the terms of the restriction");
        }
    }

    /** Reads the two catalogue columns; an empty {@code through} restricts the whole series. */
    public static UseRestriction of(String terms, String through) {
        return new UseRestriction(terms, through == null || through.isBlank() ? Optional.empty()
                : Optional.of(Period.of(through)));
    }

    public boolean restricts() {
        return !terms.isEmpty();
    }

    /** Whether the figure of this period falls under the restriction. */
    public boolean covers(Period period) {
        return restricts() && through.map(last -> !period.start().isAfter(last.start())).orElse(true);
    }

    /** The terms with the periods they cover, as shown beside the figures ("" when unrestricted). */
    public String notice() {
        if (!restricts()) {
            return "";
        }
        return through.map(last -> terms + " (figures up to " + last.code() + ")").orElse(terms);
    }
}
