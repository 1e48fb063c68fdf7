package org.pactum.core.finance.money;

import java.util.Objects;
import org.pactum.core.pool.Money;

/**
 * Exact totals in one currency. A total never mixes currencies: an amount in another currency is
 * refused with a {@link CurrencyMismatchException} naming its position, and an overflow of the
 * {@code long} range throws {@link ArithmeticException} rather than wrapping round.
 */
public final class Totals {

    private Totals() {
    }

    /** The sum of {@code amounts}, all of which must be in {@code currency}; zero when there are none. */
    public static Money sum(String currency, Iterable<Money> amounts) {
        long total = 0;
        int index = 0;
        for (Money amount : amounts) {
            Objects.requireNonNull(amount, "amounts[" + index + "]");
            if (!amount.currency().equals(currency)) {
                throw new CurrencyMismatchException("amounts[" + index + "]", currency, amount.currency());
            }
            total = Math.addExact(total, amount.minorUnits());
            index++;
        }
        return new Money(total, currency);
    }
}
