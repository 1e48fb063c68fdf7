package org.pactum.core.compliance;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The documented rules that turn a baseline, a target and a reported actual into a compliance
 * light.
 *
 * <ol>
 *   <li>No figure, or a figure still pending or disputed: {@link ComplianceStatus#NOT_VERIFIABLE}.
 *       Only verified figures count.</li>
 *   <li>Otherwise the attainment is {@code (actual - baseline) / (target - baseline)}: the share of
 *       the promised change that happened. It works in both directions: for a decreasing indicator
 *       both differences are negative. When the target equals the baseline (a promise to hold a
 *       level), the attainment is 1 if the actual is at least as good as the target in the
 *       indicator's direction and 0 otherwise.</li>
 *   <li>A target that lies on the wrong side of the baseline for the indicator's direction is
 *       refused: it cannot be a promise.</li>
 *   <li>Attainment at or above {@code thresholds.onTrack()}: on track; at or above
 *       {@code thresholds.offTrack()}: at risk; below: off track. Attainment is not capped:
 *       overshooting a target is on track.</li>
 * </ol>
 *
 * <p>Attainment is a double; the thresholds are compared without tolerance, so an actual of 90
 * against a target of 100 from a baseline of 0 (attainment exactly 0.9) is on track.
 */
public final class ComplianceRules {

    private ComplianceRules() {
    }

    public static Assessment assess(double baseline, double target, Direction direction, Optional<Actual> actual,
            Thresholds thresholds) {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(thresholds, "thresholds");
        if (!Double.isFinite(baseline) || !Double.isFinite(target)) {
            throw new IllegalArgumentException("baseline and target must be finite numbers");
        }
        if ((direction == Direction.INCREASE && target < baseline) || (direction == Direction.DECREASE && target > baseline)) {
            throw new IllegalArgumentException("a target of " + target + " from a baseline of " + baseline
                    + " goes against the indicator's direction " + direction);
        }
        if (actual.isEmpty()) {
            return new Assessment(ComplianceStatus.NOT_VERIFIABLE, OptionalDouble.empty(), "no figure reported");
        }
        Actual figure = actual.get();
        if (!figure.verified()) {
            return new Assessment(ComplianceStatus.NOT_VERIFIABLE, OptionalDouble.empty(),
                    "figure " + figure.verification().name().toLowerCase(java.util.Locale.ROOT));
        }
        double attainment = attainment(baseline, target, direction, figure.value());
        ComplianceStatus status = attainment >= thresholds.onTrack() ? ComplianceStatus.ON_TRACK
                : attainment >= thresholds.offTrack() ? ComplianceStatus.AT_RISK : ComplianceStatus.OFF_TRACK;
        return new Assessment(status, OptionalDouble.of(attainment), "verified figure");
    }

    /** The share of the promised change from baseline to target that the actual covers. */
    public static double attainment(double baseline, double target, Direction direction, double actual) {
        if (target == baseline) {
            boolean held = direction == Direction.INCREASE ? actual >= target : actual <= target;
            return held ? 1.0 : 0.0;
        }
        return (actual - baseline) / (target - baseline);
    }

    /**
     * The light of several indicators or periods together: the worst of them; an empty collection
     * has nothing verifiable.
     */
    public static ComplianceStatus overall(Collection<ComplianceStatus> statuses) {
        if (statuses.isEmpty()) {
            return ComplianceStatus.NOT_VERIFIABLE;
        }
        ComplianceStatus worst = ComplianceStatus.ON_TRACK;
        for (ComplianceStatus status : statuses) {
            worst = worst.worse(status);
        }
        return worst;
    }
}
