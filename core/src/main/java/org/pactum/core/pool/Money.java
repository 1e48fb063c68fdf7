package org.pactum.core.pool;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An amount of money as a whole number of minor units (cents for the euro) in an ISO 4217
 * currency. Exact: sums and multiples never round, and amounts in different currencies are never
 * added or compared (conversion needs a dated rate, which is the finance module's business).
 */
public record Money(long minorUnits, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!ISO_4217.contains(currency)) {
            throw new IllegalArgumentException("'" + currency + "' is not an ISO 4217 currency code (three uppercase letters)");
        }
    }

    private static final Set<String> ISO_4217 = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    /** Euros in whole euros: {@code euros(20_000)} is EUR 20,000.00. */
    public static Money euros(long euros) {
        return new Money(Math.multiplyExact(euros, 100L), "EUR");
    }

    /** An amount in whole major units (euros, dollars, yen) of any currency. */
    public static Money ofMajor(long amount, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return new Money(Math.multiplyExact(amount, BigDecimal.TEN.pow(digits).longValueExact()), currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(minorUnits, sameCurrency(other).minorUnits), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(minorUnits, sameCurrency(other).minorUnits), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minorUnits, factor), currency);
    }

    /** How many times {@code unit} fits into this amount, as an exact-as-possible decimal (34 digits). */
    public BigDecimal dividedBy(Money unit) {
        if (sameCurrency(unit).minorUnits == 0) {
            throw new IllegalArgumentException("cannot divide by a zero amount");
        }
        return BigDecimal.valueOf(minorUnits).divide(BigDecimal.valueOf(unit.minorUnits), MathContext.DECIMAL128);
    }

    public int signum() {
        return Long.signum(minorUnits);
    }

    public boolean isAtLeast(Money other) {
        return minorUnits >= sameCurrency(other).minorUnits;
    }

    private Money sameCurrency(Money other) {
        Objects.requireNonNull(other, "amount");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + this + " with " + other + " without an exchange rate");
        }
        return other;
    }

    @Override
    public String toString() {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return currency + " " + BigDecimal.valueOf(minorUnits, digits).toPlainString();
    }
}
