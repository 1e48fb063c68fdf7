package org.pactum.core.finance.instrument;

import java.util.Objects;

/** The identifier of a financing instrument, unique within Pactum (for example {@code "AGR-7/GRANT-1"}). */
public record InstrumentId(String value) {

    public InstrumentId {
        Objects.requireNonNull(value, "instrument id");
        if (value.isBlank() || !value.equals(value.strip())) {
            throw new IllegalArgumentException("instrumentId: must be non-blank without surrounding spaces, got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
