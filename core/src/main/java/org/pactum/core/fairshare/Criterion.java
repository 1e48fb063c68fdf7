package org.pactum.core.fairshare;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One criterion of a distribution key: an indicator, its weight, whether it counts directly or
 * inversely, an optional cap and what to do when a state lacks a value.
 *
 * <p><b>Cap.</b> A capped criterion's effect on a state may not exceed {@code cap} times that
 * state's combined effect of the uncapped criteria. Effects are weighted shares: the effect of a
 * criterion with weight {@code w} on state {@code i} is {@code w × share_i}. So with the 2015
 * relocation key, whose uncapped criteria are population and GDP at 40 % each and whose cap is
 * 30 %, Estonia's past-asylum effect is {@code min(0.10 × inverseShare, 0.30 × (0.40 × populationShare
 * + 0.40 × gdpShare))}. After capping, the effects no longer add up to one and every state's share
 * is its total effect divided by the sum of all states' total effects. A key with a cap needs at
 * least one uncapped criterion.
 */
public record Criterion(IndicatorCode indicator, BigDecimal weight, Direction direction, Optional<BigDecimal> cap,
                        WhenMissing whenMissing) {

    public Criterion {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(weight, "weight of " + indicator);
        Objects.requireNonNull(direction, "direction of " + indicator);
        Objects.requireNonNull(cap, "cap of " + indicator);
        Objects.requireNonNull(whenMissing, "rule for missing values of " + indicator);
        if (weight.signum() <= 0 || weight.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the weight of " + indicator + " must be above 0 and at most 1, was " + weight);
        }
        if (cap.isPresent() && cap.get().signum() <= 0) {
            throw new IllegalArgumentException("the cap of " + indicator + " must be positive, was " + cap.get());
        }
        if (direction == Direction.INVERSE && whenMissing == WhenMissing.USE_ZERO) {
            throw new IllegalArgumentException("a missing value of the inverse indicator " + indicator
                    + " cannot count as zero: its inverse would be infinite");
        }
    }

    public static Criterion direct(IndicatorCode indicator, BigDecimal weight) {
        return new Criterion(indicator, weight, Direction.DIRECT, Optional.empty(), WhenMissing.FAIL);
    }

    public static Criterion inverse(IndicatorCode indicator, BigDecimal weight) {
        return new Criterion(indicator, weight, Direction.INVERSE, Optional.empty(), WhenMissing.FAIL);
    }

    /** This criterion with its effect capped at {@code cap} times the state's uncapped effect. */
    public Criterion cappedAt(BigDecimal cap) {
        return new Criterion(indicator, weight, direction, Optional.of(cap), whenMissing);
    }

    /** This criterion with another rule for states lacking a value. */
    public Criterion whenMissing(WhenMissing rule) {
        return new Criterion(indicator, weight, direction, cap, rule);
    }
}
