package org.pactum.core.compliance;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The judgement of one indicator in one period: the light and, when a verified figure exists, the
 * attainment it was computed from (1.0 means the target was met exactly).
 */
public record Assessment(ComplianceStatus status, OptionalDouble attainment, String reason) {

    public Assessment {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(reason, "reason");
    }
}
