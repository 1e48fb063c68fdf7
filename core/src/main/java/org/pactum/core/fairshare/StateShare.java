package org.pactum.core.fairshare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A state's fair share under a key (a fraction of one), with the effect of each criterion. */
public record StateShare(StateCode state, BigDecimal share, List<CriterionEffect> effects) {

    public StateShare {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(share, "share");
        if (share.signum() < 0) {
            throw new IllegalArgumentException("the share of " + state + " cannot be negative, was " + share);
        }
        effects = List.copyOf(effects);
    }

    public Optional<CriterionEffect> effectOf(IndicatorCode indicator) {
        return effects.stream().filter(effect -> effect.indicator().equals(indicator)).findFirst();
    }
}
