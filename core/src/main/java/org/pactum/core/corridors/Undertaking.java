package org.pactum.core.corridors;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One commitment of an agreement, seen from a bilateral relationship: which side owes it (A, B or
 * a third party such as the European Commission or IOM), of which type, how much and in which unit.
 */
public record Undertaking(Side side, String agreementId, String typeCode, BigDecimal quantity, String unit) {

    public Undertaking {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("A commitment's quantity is 0 or more, was " + quantity);
        }
    }

    /** Who owes a commitment in a relationship between A and B. */
    public enum Side { A, B, THIRD_PARTY }
}
