package org.pactum.core.fairshare;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How one criterion moved one state's share, for the breakdown a negotiator asks for ("why is our
 * share this high?"): the state's share of the criterion alone (its population share, its inverse
 * unemployment share), the weighted effect on the key, and whether a cap cut that effect.
 */
public record CriterionEffect(IndicatorCode indicator, BigDecimal criterionShare, BigDecimal effect, boolean capped) {

    public CriterionEffect {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(criterionShare, "criterion share");
        Objects.requireNonNull(effect, "effect");
    }
}
