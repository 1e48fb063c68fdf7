package org.pactum.core.pool;

import java.util.Objects;
import org.pactum.core.fairshare.StateCode;

/**
 * What a contributing Member State offers the pool, in any mix of the three forms of solidarity:
 * relocations (persons), financial contributions, and alternative solidarity measures (operational
 * support, capacity building) valued in money.
 */
public record Pledge(StateCode state, long relocations, Money financial, Money alternativeMeasures) {

    private static final long MAX_RELOCATIONS = 1_000_000_000L;

    public Pledge {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(financial, "financial contribution of " + state);
        Objects.requireNonNull(alternativeMeasures, "alternative measures of " + state);
        if (relocations < 0 || financial.signum() < 0 || alternativeMeasures.signum() < 0) {
            throw new IllegalArgumentException("a pledge of " + state + " cannot be negative");
        }
        if (relocations > MAX_RELOCATIONS) {
            throw new IllegalArgumentException("a pledge of " + state + " cannot exceed 1,000,000,000 relocations, was " + relocations);
        }
        if (!financial.currency().equals(alternativeMeasures.currency())) {
            throw new IllegalArgumentException("the pledge of " + state + " must be valued in one currency");
        }
    }

    public static Pledge ofRelocations(StateCode state, long relocations) {
        return new Pledge(state, relocations, Money.zero("EUR"), Money.zero("EUR"));
    }

    public static Pledge ofMoney(StateCode state, Money financial) {
        return new Pledge(state, 0, financial, Money.zero(financial.currency()));
    }

    /** The pledge valued in money: relocations at the equivalence rate, plus money, plus alternative measures. */
    public Money valueAt(Money equivalenceRate) {
        if (!equivalenceRate.currency().equals(financial.currency())) {
            throw new IllegalArgumentException("the pledge of " + state + " is in " + financial.currency()
                    + ", the equivalence rate in " + equivalenceRate.currency());
        }
        return new Money(Math.addExact(Math.multiplyExact(equivalenceRate.minorUnits(), relocations),
                Math.addExact(financial.minorUnits(), alternativeMeasures.minorUnits())), financial.currency());
    }
}
