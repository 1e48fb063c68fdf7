package org.pactum.core.finance.tranche;

import java.math.BigDecimal;
import java.util.Objects;

/** A reported value of an indicator for the period a tranche looks at, with its verification status. */
public record Evidence(String indicatorCode, BigDecimal value, Verification verification) {

    public Evidence {
        if (indicatorCode == null || indicatorCode.isBlank()) {
            throw new IllegalArgumentException("indicatorCode: required");
        }
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(verification, "verification");
    }

    public static Evidence of(String indicatorCode, String value, Verification verification) {
        return new Evidence(indicatorCode, new BigDecimal(value), verification);
    }
}
