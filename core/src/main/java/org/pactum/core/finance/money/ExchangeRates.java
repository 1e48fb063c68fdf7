package org.pactum.core.finance.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pactum.core.pool.Money;

/**
 * The table of dated exchange rates a programme officer maintains for reporting in a chosen
 * currency, and conversion with it.
 *
 * <h2>Which rate applies</h2>
 * To convert from A to B on a date, the table takes the latest row on or before that date among the
 * rows A→B and B→A (a B→A row is used inverted, so a table need hold each pair only once). When an
 * A→B and a B→A row carry the same date, the A→B row wins. A rate dated after the conversion date
 * is never used; if no row qualifies, {@link NoExchangeRateException} is thrown.
 *
 * <h2>Rounding rule</h2>
 * With {@code e(A)}, {@code e(B)} the ISO 4217 minor-unit exponents and {@code r} the row's rate
 * (major units of the row's {@code to} per major unit of its {@code from}):
 * <pre>
 *   direct row A→B:   minor(B) = round( minor(A) × r × 10^(e(B) − e(A)) )
 *   inverted row B→A: minor(B) = round( minor(A) ÷ r × 10^(e(B) − e(A)) )
 * </pre>
 * where {@code round} is half-even (banker's rounding) to a whole minor unit of the target currency,
 * applied once to the exact quotient or product: no intermediate result is rounded and no
 * floating-point number is involved.
 *
 * <p>Consequence for round trips: writing {@code R = r × 10^(e(B) − e(A))} for the value of one minor
 * unit of A in minor units of B, converting A→B and back with the same row returns within
 * {@code ½ + 1/(2R)} minor units of A; that is within one minor unit whenever {@code R ≥ 1} (a cent
 * is worth at least one target minor unit, as for EUR→JPY or EUR→USD), and within the width of one
 * target unit when converting into a coarser currency (JPY→EUR cannot bring back single yen).
 */
public final class ExchangeRates {

    private static final Comparator<ExchangeRate> BY_DATE = Comparator.comparing(ExchangeRate::date);

    private final List<ExchangeRate> rows;

    private ExchangeRates(List<ExchangeRate> rows) {
        this.rows = List.copyOf(rows);
    }

    public static ExchangeRates of(Collection<ExchangeRate> rows) {
        List<ExchangeRate> checked = new ArrayList<>();
        for (ExchangeRate row : rows) {
            Objects.requireNonNull(row, "rates[" + checked.size() + "]");
            for (ExchangeRate earlier : checked) {
                if (earlier.date().equals(row.date()) && earlier.from().equals(row.from()) && earlier.to().equals(row.to())) {
                    throw new IllegalArgumentException("rates[" + checked.size() + "]: a second " + row.from() + "→" + row.to()
                            + " rate for " + row.date() + " (" + earlier.rate().toPlainString() + " already given)");
                }
            }
            checked.add(row);
        }
        return new ExchangeRates(checked);
    }

    public static ExchangeRates of(ExchangeRate... rows) {
        return of(List.of(rows));
    }

    public static ExchangeRates empty() {
        return new ExchangeRates(List.of());
    }

    /** A new table with one more row (a table is a value: it is replaced, not changed). */
    public ExchangeRates with(ExchangeRate row) {
        List<ExchangeRate> more = new ArrayList<>(rows);
        more.add(row);
        return of(more);
    }

    public List<ExchangeRate> rows() {
        return rows;
    }

    /** The row that converts {@code from} into {@code to} on {@code on}, as described in the class comment. */
    public Optional<ExchangeRate> applicable(String from, String to, LocalDate on) {
        Optional<ExchangeRate> direct = latest(from, to, on);
        Optional<ExchangeRate> reverse = latest(to, from, on);
        if (direct.isEmpty()) {
            return reverse;
        }
        if (reverse.isPresent() && reverse.get().date().isAfter(direct.get().date())) {
            return reverse;
        }
        return direct;
    }

    /** {@code amount} expressed in {@code target} on {@code on}, rounded half-even to the target's minor unit. */
    public Money convert(Money amount, String target, LocalDate on) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(on, "date");
        String to = new Money(0, target).currency();
        if (amount.currency().equals(to)) {
            return amount;
        }
        ExchangeRate row = applicable(amount.currency(), to, on)
                .orElseThrow(() -> new NoExchangeRateException(amount.currency(), to, on));
        BigDecimal scaled = BigDecimal.valueOf(amount.minorUnits())
                .scaleByPowerOfTen(MinorUnits.exponent(to) - MinorUnits.exponent(amount.currency()));
        BigDecimal minor = row.from().equals(amount.currency())
                ? scaled.multiply(row.rate()).setScale(0, RoundingMode.HALF_EVEN)
                : scaled.divide(row.rate(), 0, RoundingMode.HALF_EVEN);
        return new Money(minor.longValueExact(), to);
    }

    private Optional<ExchangeRate> latest(String from, String to, LocalDate on) {
        return rows.stream()
                .filter(r -> r.from().equals(from) && r.to().equals(to) && !r.date().isAfter(on))
                .max(BY_DATE);
    }
}
