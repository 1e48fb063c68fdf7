package org.pactum.register.jdbc;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A fact handed to the register and waiting to be integrated: when it was published (kept to the
 * millisecond, as the leaf writes it), what kind of fact it is, and its payload as canonical JSON.
 */
public record Publication(Instant publishedAt, String kind, String canonicalPayload) {

    public Publication {
        publishedAt = Objects.requireNonNull(publishedAt, "publishedAt").truncatedTo(ChronoUnit.MILLIS);
        RegisterLeaf.requireKind(kind);
        Objects.requireNonNull(canonicalPayload, "canonicalPayload");
    }
}
