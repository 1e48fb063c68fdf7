package org.pactum.server.monitoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What the parties agree to watch: an indicator of the dictionary, the party whose figures count,
 * the baseline and its period, a target per period ({@code 2027}, {@code 2027-Q1} or
 * {@code 2027-03}) and optionally their own thresholds (defaults 0.9 and 0.7).
 */
public record IndicatorSetup(String indicatorCode, String partyId, BigDecimal baseline, String baselinePeriod,
        Double onTrack, Double offTrack, Map<String, BigDecimal> targets) {

    public IndicatorSetup {
        Objects.requireNonNull(indicatorCode, "indicator");
        Objects.requireNonNull(partyId, "party");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(baselinePeriod, "baselinePeriod");
        targets = targets == null ? Map.of() : new java.util.TreeMap<>(targets);
    }
}
