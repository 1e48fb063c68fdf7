package org.pactum.core.finance.tranche;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A release condition: the indicator (a code of the shared indicator dictionary, for example
 * {@code "RECEPTION-PLACES"}) must compare with the threshold as stated. {@code verificationRequired}
 * marks the conditions the independent verifier must review; whatever its value, a decision only
 * ever counts VERIFIED evidence as meeting a condition (see {@link TrancheRules}).
 */
public record Condition(String indicatorCode, Comparison comparison, BigDecimal threshold, boolean verificationRequired) {

    public Condition {
        if (indicatorCode == null || indicatorCode.isBlank()) {
            throw new IllegalArgumentException("indicatorCode: required");
        }
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(threshold, "threshold");
    }

    /** A verified threshold condition, the usual kind. */
    public static Condition verified(String indicatorCode, Comparison comparison, String threshold) {
        return new Condition(indicatorCode, comparison, new BigDecimal(threshold), true);
    }

    /** The condition as a negotiator would read it: {@code "RECEPTION-PLACES ≥ 1200"}. */
    public String describe() {
        return indicatorCode + " " + comparison.symbol() + " " + threshold.toPlainString();
    }
}
