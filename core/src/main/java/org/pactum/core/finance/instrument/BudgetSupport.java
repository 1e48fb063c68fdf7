package org.pactum.core.finance.instrument;

import java.util.Objects;
import org.pactum.core.pool.Money;

/**
 * A transfer into the partner state's treasury, spent through its own budget: general (for its
 * whole policy programme) or sector budget support (for example for its asylum and reception
 * system). Given outright, usually in tranches tied to policy milestones.
 */
public record BudgetSupport(InstrumentId id, FinancingParties parties, Money amount, Scope scope) implements Instrument {

    public enum Scope { GENERAL, SECTOR }

    public BudgetSupport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(scope, "scope");
        Instruments.requirePositive(amount, "amount");
    }

    @Override
    public String kind() {
        return scope == Scope.GENERAL ? "general budget support" : "sector budget support";
    }
}
