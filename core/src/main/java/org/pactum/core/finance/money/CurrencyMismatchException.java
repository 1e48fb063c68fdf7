package org.pactum.core.finance.money;

/** Amounts in different currencies were about to be added without an exchange rate. */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private final String expected;
    private final String found;

    public CurrencyMismatchException(String field, String expected, String found) {
        super(field + ": expected an amount in " + expected + " but found " + found
                + "; convert it with a dated exchange rate first");
        this.expected = expected;
        this.found = found;
    }

    public String expected() {
        return expected;
    }

    public String found() {
        return found;
    }
}
