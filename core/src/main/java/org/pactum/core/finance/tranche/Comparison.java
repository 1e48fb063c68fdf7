package org.pactum.core.finance.tranche;

import java.math.BigDecimal;

/** How a reported indicator value is compared with a condition's threshold. */
public enum Comparison {
    AT_LEAST("≥"), AT_MOST("≤"), ABOVE(">"), BELOW("<"), EQUAL_TO("=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code value} satisfies the comparison with {@code threshold} (decimals compared by value: 2.0 = 2). */
    public boolean holds(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case AT_MOST -> c <= 0;
            case ABOVE -> c > 0;
            case BELOW -> c < 0;
            case EQUAL_TO -> c == 0;
        };
    }
}
