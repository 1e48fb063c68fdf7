package org.pactum.core.pool;

import java.math.BigDecimal;
import java.util.Objects;
import org.pactum.core.fairshare.StateCode;

/**
 * How one contributing Member State's pledge compares with its indicative contribution: the value of
 * everything it pledged (relocations at the equivalence rate, money, alternative measures), the gap
 * to what is due in money and in relocation-equivalents (positive: short; negative: beyond its
 * share), and whether its relocation pledge reaches half its fair share, the per-state condition for
 * responsibility offsets as Pactum models Article 63.
 */
public record PledgePosition(IndicativeContribution contribution, Pledge pledge, Money equivalenceRate, Money pledgedValue, Money gap,
                             boolean offsetThresholdMet) {

    public PledgePosition {
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(pledge, "pledge");
        Objects.requireNonNull(pledgedValue, "pledged value");
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(equivalenceRate, "equivalence rate");
        if (!pledge.state().equals(contribution.state())) {
            throw new IllegalArgumentException("a pledge of " + pledge.state() + " cannot be set against the contribution of " + contribution.state());
        }
    }

    public StateCode state() {
        return contribution.state();
    }

    /** The gap in relocation-equivalents: the gap in money divided by the equivalence rate (34 significant digits). */
    public BigDecimal gapInRelocations() {
        return gap.dividedBy(equivalenceRate);
    }
}
