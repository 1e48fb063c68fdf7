package org.pactum.core.pool;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Relief granted to a contributing Member State facing a significant migratory situation of its
 * own: a fraction of its fair share it need not contribute, the whole of it (a full deduction) or
 * part of it. Deducted contributions are not shared out among the others; the pool is smaller.
 */
public record Deduction(BigDecimal fraction) {

    public Deduction {
        Objects.requireNonNull(fraction, "fraction");
        if (fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a deduction is a fraction of the fair share above 0 and at most 1, was " + fraction);
        }
    }

    public static Deduction full() {
        return new Deduction(BigDecimal.ONE);
    }

    public static Deduction partial(BigDecimal fraction) {
        return new Deduction(fraction);
    }

    public boolean isFull() {
        return fraction.compareTo(BigDecimal.ONE) == 0;
    }
}
