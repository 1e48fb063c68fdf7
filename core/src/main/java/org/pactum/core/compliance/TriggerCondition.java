package org.pactum.core.compliance;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The condition of a renegotiation, suspension or surge clause: "verified returns accepted in a
 * quarter below 1,000", "arrivals in a month above 20,000". Only verified figures can breach a
 * condition, so that no partner is held to a number nobody has checked.
 */
public record TriggerCondition(Comparison comparison, double threshold) {

    public TriggerCondition {
        Objects.requireNonNull(comparison, "comparison");
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("a trigger threshold must be a finite number");
        }
    }

    /** A figure of one period as the trigger sees it. */
    public record PeriodFigure(String period, java.time.LocalDate periodStart, Actual actual) {
        public PeriodFigure {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(periodStart, "periodStart");
            Objects.requireNonNull(actual, "actual");
        }
    }

    /** The data that breached a condition. */
    public record Breach(String period, double value, Comparison comparison, double threshold) {
    }

    public boolean breachedBy(Actual actual) {
        return actual.verified() && comparison.holds(actual.value(), threshold);
    }

    /** The latest verified period whose figure breaches the condition, if any. */
    public Optional<Breach> latestBreach(List<PeriodFigure> figures) {
        return figures.stream()
                .filter(f -> breachedBy(f.actual()))
                .max(Comparator.comparing(PeriodFigure::periodStart))
                .map(f -> new Breach(f.period(), f.actual().value(), comparison, threshold));
    }

    @Override
    public String toString() {
        return comparison.symbol() + " " + threshold;
    }
}
