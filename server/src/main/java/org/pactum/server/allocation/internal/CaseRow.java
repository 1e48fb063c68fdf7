package org.pactum.server.allocation.internal;

import java.util.Optional;

/** A row of {@code allocation_case}: one pseudonymised household, its inputs and, once placed, where and why. */
public record CaseRow(int row, String pseudonym, int persons, String needs, Optional<String> tiedTo, String scores,
        Optional<String> placedAt, Optional<Double> placedScore, Optional<String> bestAlternative, Optional<Double> alternativeScore,
        Optional<String> binding) {
}
