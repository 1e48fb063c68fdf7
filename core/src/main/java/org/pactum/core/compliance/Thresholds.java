package org.pactum.core.compliance;

/**
 * Per-indicator thresholds on the attainment (the share of the path from baseline to target that
 * the actual covers): at or above {@code onTrack} the indicator is on track, at or above
 * {@code offTrack} it is at risk, below it is off track.
 */
public record Thresholds(double onTrack, double offTrack) {

    /** Pactum's defaults: 90 % of the way is on track, under 70 % is off track. */
    public static final Thresholds DEFAULT = new Thresholds(0.9, 0.7);

    public Thresholds {
        if (!Double.isFinite(onTrack) || !Double.isFinite(offTrack)) {
            throw new IllegalArgumentException("thresholds must be finite numbers");
        }
        if (offTrack < 0 || onTrack > 1 || offTrack > onTrack) {
            throw new IllegalArgumentException(
                    "thresholds must satisfy 0 <= offTrack <= onTrack <= 1, were onTrack=" + onTrack + ", offTrack=" + offTrack);
        }
    }
}
