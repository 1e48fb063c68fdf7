package org.pactum.core.finance.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.pactum.core.pool.Money;

/**
 * One row of the user-maintained rate table: on {@code date}, one major unit of {@code from} is
 * worth {@code rate} major units of {@code to} (EUR→USD 1.0823 means EUR 1.00 = USD 1.0823). The
 * rate is an exact decimal, as published by the central bank or the donor's treasury.
 */
public record ExchangeRate(LocalDate date, String from, String to, BigDecimal rate) {

    public ExchangeRate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rate, "rate");
        from = new Money(0, Objects.requireNonNull(from, "from")).currency();
        to = new Money(0, Objects.requireNonNull(to, "to")).currency();
        MinorUnits.exponent(from);
        MinorUnits.exponent(to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("from/to: a rate needs two different currencies, got " + from + " twice");
        }
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("rate: must be positive, got " + rate.toPlainString());
        }
    }

    public static ExchangeRate of(String date, String from, String to, String rate) {
        return new ExchangeRate(LocalDate.parse(date), from, to, new BigDecimal(rate));
    }
}
