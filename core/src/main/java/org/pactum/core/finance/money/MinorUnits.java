package org.pactum.core.finance.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.pactum.core.pool.Money;

/**
 * The ISO 4217 minor-unit exponent of a currency, as the JDK's {@link Currency} table records it:
 * 0 for the yen (JPY), 2 for the euro (EUR), 3 for the Kuwaiti dinar (KWD). Currencies without a
 * minor unit in ISO 4217 (gold, SDR and other funds codes, exponent "N.A.") are refused: money in
 * Pactum is always a whole number of minor units.
 */
public final class MinorUnits {

    private MinorUnits() {
    }

    /** The number of decimal places of one major unit: {@code exponent("KWD") == 3}. */
    public static int exponent(String currency) {
        int digits = Currency.getInstance(new Money(0, currency).currency()).getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("'" + currency + "' has no minor unit in ISO 4217 and cannot carry money amounts");
        }
        return digits;
    }

    /** The amount in major units, exactly: EUR 12345 minor units is {@code 123.45}. */
    public static BigDecimal inMajorUnits(Money money) {
        return BigDecimal.valueOf(money.minorUnits(), exponent(money.currency()));
    }

    /**
     * A decimal amount of major units as money, rounded to the currency's minor unit with the given
     * rule; throws {@link ArithmeticException} if the result does not fit a {@code long}.
     */
    public static Money ofMajorUnits(BigDecimal major, String currency, RoundingMode rounding) {
        int exponent = exponent(currency);
        return new Money(major.setScale(exponent, rounding).unscaledValue().longValueExact(), currency);
    }
}
