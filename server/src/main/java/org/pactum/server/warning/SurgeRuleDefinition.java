package org.pactum.server.warning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.pactum.core.forecast.SurgeRule;

/**
 * A surge rule agreed for a route: which series it watches, what crosses the line, how far ahead,
 * and the destination states whose surge clauses its alerts reach.
 */
public record SurgeRuleDefinition(String id, String seriesId, SurgeRuleKind kind, BigDecimal threshold, int horizon,
        List<String> destinations, String createdBy, Instant createdAt) {

    public SurgeRuleDefinition {
        destinations = List.copyOf(destinations);
    }

    /** The rule as the core evaluates it. */
    public SurgeRule rule() {
        return switch (kind) {
            case UPPER_BOUND -> new SurgeRule.UpperBoundAbove(threshold.doubleValue());
            case YEAR_ON_YEAR -> new SurgeRule.YearOnYearGrowthAbove(threshold.doubleValue());
        };
    }
}
