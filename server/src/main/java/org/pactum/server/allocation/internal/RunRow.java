package org.pactum.server.allocation.internal;

import java.time.Instant;
import java.util.Optional;

/** A row of {@code allocation_run}. */
public record RunRow(long id, String partyId, String createdBy, Instant createdAt, String mode, long timeLimitMillis, String tiePolicy,
        Optional<Double> tieBonus, Optional<Integer> weeks, String quotaSource, String scoreSource, Optional<String> outcomeModel,
        String dimensions, String destinationsFile, String householdsFile, int households, long persons, int destinations, String status,
        String phase, Optional<Instant> startedAt, Optional<Instant> finishedAt, Optional<String> method, Optional<Double> objective,
        Optional<Double> upperBound, Optional<Double> lpBound, Optional<Double> gap, Optional<Boolean> provenOptimal,
        Optional<Long> solveMillis, Optional<String> failure, Optional<Instant> casesDeletedAt) {
}
