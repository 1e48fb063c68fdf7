package org.pactum.server.finance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.pactum.core.finance.money.MinorUnits;
import org.pactum.core.pool.Money;
import org.pactum.server.support.UnprocessableException;

/** Reads money and currencies from requests, refusing with a 422 that names the field. */
public final class Amounts {

    private Amounts() {
    }

    /** An ISO 4217 currency that has a minor unit, or 422 naming {@code field}. */
    public static String currency(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new UnprocessableException(field, "a currency (ISO 4217 code) is required");
        }
        try {
            Currency.getInstance(code);
            new Money(0, code);
            MinorUnits.exponent(code);
            return code;
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException(field, "'" + code + "' is not an ISO 4217 currency with a minor unit");
        }
    }

    /**
     * A decimal string in major units converted exactly to minor units: "2500000.50" EUR is 250000050 cents.
     * More decimals than the currency has are refused, never rounded. The sign is kept; callers decide.
     */
    public static Money parse(String field, String text, String currency) {
        if (text == null || text.isBlank()) {
            throw new UnprocessableException(field, "an amount is required");
        }
        BigDecimal major;
        try {
            major = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new UnprocessableException(field, "'" + text + "' is not a decimal amount");
        }
        try {
            return MinorUnits.ofMajorUnits(major, currency, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new UnprocessableException(field, "'" + text + "' has more decimals than " + currency + " has minor units, or is too large");
        }
    }

    public static Money positive(String field, String text, String currency) {
        Money money = parse(field, text, currency);
        if (money.signum() <= 0) {
            throw new UnprocessableException(field, "must be positive, got " + text);
        }
        return money;
    }

    public static BigDecimal decimal(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new UnprocessableException(field, "required");
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new UnprocessableException(field, "'" + text + "' is not a decimal number");
        }
    }
}
