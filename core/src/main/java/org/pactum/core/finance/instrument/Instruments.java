package org.pactum.core.finance.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.pactum.core.pool.Money;

/** Checks and arithmetic shared by the instruments. */
final class Instruments {

    private Instruments() {
    }

    static void requirePositive(Money amount, String field) {
        Objects.requireNonNull(amount, field);
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException(field + ": must be positive, got " + amount);
        }
    }

    static void requireShare(BigDecimal share, String field) {
        Objects.requireNonNull(share, field);
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(field + ": must be more than 0 and at most 1, got " + share.toPlainString());
        }
    }

    /** {@code share × amount}, rounded half-even to a whole minor unit. */
    static Money share(Money amount, BigDecimal share) {
        long minor = BigDecimal.valueOf(amount.minorUnits()).multiply(share).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        return new Money(minor, amount.currency());
    }
}
