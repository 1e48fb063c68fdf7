package org.pactum.core.pool;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.pactum.core.fairshare.StateCode;

/**
 * A contributing Member State's indicative contribution to a pool: its key share, its exact quota of
 * the relocation reference number, its fair share in whole persons and the money equivalent (persons
 * × equivalence rate), any deduction granted, and what remains due in persons and money.
 */
public record IndicativeContribution(StateCode state, BigDecimal share, BigDecimal quota, long fairShare, Money fairShareMoney,
                                     Optional<Deduction> deduction, long deducted, long due, Money dueMoney) {

    public IndicativeContribution {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(share, "share of " + state);
        Objects.requireNonNull(quota, "quota of " + state);
        Objects.requireNonNull(fairShareMoney, "money equivalent of " + state);
        Objects.requireNonNull(deduction, "deduction of " + state);
        Objects.requireNonNull(dueMoney, "money due from " + state);
        if (fairShare < 0 || deducted < 0 || due != fairShare - deducted) {
            throw new IllegalArgumentException("the contribution due from " + state + " must be its fair share less the deduction");
        }
    }
}
