package org.pactum.core.compliance;

/** How a trigger compares a figure with its threshold. */
public enum Comparison {
    BELOW("<"), AT_OR_BELOW("<="), ABOVE(">"), AT_OR_ABOVE(">=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(double value, double threshold) {
        return switch (this) {
            case BELOW -> value < threshold;
            case AT_OR_BELOW -> value <= threshold;
            case ABOVE -> value > threshold;
            case AT_OR_ABOVE -> value >= threshold;
        };
    }
}
