package org.pactum.register.jdbc;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A fact handed to the register and waiting to be integrated: when it was published (kept to the
 * millisecond, as the leaf writes it), what kind of fact it is, the public record it is about (if
 * any; e.g. {@code agreement/DEMO-EU-TUR-2016}), and its payload as canonical JSON. The subject lets
 * a record's page find its entries; it is not part of the signed leaf.
 */
public record Publication(Instant publishedAt, String kind, String subject, String canonicalPayload) {

    /** A record type in lower-case words, a slash, and the record's identifier (no spaces). */
    private static final Pattern SUBJECT = Pattern.compile("[a-z][a-z0-9-]*(/[^\\s/]+)+");

    static final int MAX_SUBJECT_LENGTH = 200;

    public Publication {
        publishedAt = Objects.requireNonNull(publishedAt, "publishedAt").truncatedTo(ChronoUnit.MILLIS);
        RegisterLeaf.requireKind(kind);
        if (subject != null && (subject.length() > MAX_SUBJECT_LENGTH || !SUBJECT.matcher(subject).matches())) {
            throw new IllegalArgumentException("a subject is a record type and identifier such as "
                    + "'agreement/DEMO-EU-TUR-2016' (at most " + MAX_SUBJECT_LENGTH + " characters), not '" + subject + "'");
        }
        Objects.requireNonNull(canonicalPayload, "canonicalPayload");
    }

    /** A fact about no particular record. */
    public Publication(Instant publishedAt, String kind, String canonicalPayload) {
        this(publishedAt, kind, null, canonicalPayload);
    }
}
