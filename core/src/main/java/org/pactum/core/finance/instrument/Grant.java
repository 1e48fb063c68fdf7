package org.pactum.core.finance.instrument;

import java.util.Objects;
import org.pactum.core.pool.Money;

/** Money given outright: nothing is repaid. Its grant element is 100 %. */
public record Grant(InstrumentId id, FinancingParties parties, Money amount) implements Instrument {

    public Grant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parties, "parties");
        Instruments.requirePositive(amount, "amount");
    }

    @Override
    public String kind() {
        return "grant";
    }
}
