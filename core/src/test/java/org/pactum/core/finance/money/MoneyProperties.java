package org.pactum.core.finance.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.pactum.core.pool.Money;

/** Laws of exact money: totals in any order and grouping, conversion round trips within the documented bound. */
class MoneyProperties {

    private static final LocalDate DAY = LocalDate.parse("2026-03-01");
    private static final long LIMIT = 1_000_000_000_000_000L;

    @Provide
    Arbitrary<Money> euros() {
        return Arbitraries.longs().between(-LIMIT, LIMIT).map(minor -> new Money(minor, "EUR"));
    }

    @Provide
    Arbitrary<List<Money>> lists() {
        return euros().list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void additionIsAssociativeAndCommutative(@ForAll("euros") Money a, @ForAll("euros") Money b, @ForAll("euros") Money c) {
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
    }

    @Property(tries = 300)
    void totalsDoNotDependOnOrderOrGrouping(@ForAll("lists") List<Money> left, @ForAll("lists") List<Money> right, @ForAll long seed) {
        List<Money> all = new ArrayList<>(left);
        all.addAll(right);
        Money total = Totals.sum("EUR", all);
        Collections.shuffle(all, new Random(seed));
        assertThat(Totals.sum("EUR", all)).isEqualTo(total);
        assertThat(Totals.sum("EUR", left).plus(Totals.sum("EUR", right))).isEqualTo(total);
    }

    record Pair(String from, String to, BigDecimal rate) {
    }

    @Provide
    Arbitrary<Pair> pairs() {
        Arbitrary<String> codes = Arbitraries.of("EUR", "USD", "JPY", "KWD", "GBP", "TND", "CLF", "XOF");
        Arbitrary<BigDecimal> rates = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("10")).ofScale(6),
                Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("20000")).ofScale(4));
        return Combinators.combine(codes, codes, rates).as(Pair::new).filter(p -> !p.from().equals(p.to()));
    }

    // Amounts up to 10^10 minor units: at a rate of 20,000 and four more decimals in the target currency
    // the result (2 × 10^18) still fits in a long; beyond that a conversion overflows and says so.
    @Property(tries = 500)
    void aRoundTripThroughOneRowComesBackWithinTheDocumentedBound(@ForAll("pairs") Pair pair,
            @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long minor) {
        ExchangeRates table = ExchangeRates.of(new ExchangeRate(DAY.minusDays(3), pair.from(), pair.to(), pair.rate()));
        Money original = new Money(minor, pair.from());
        Money there = table.convert(original, pair.to(), DAY);
        Money back = table.convert(there, pair.from(), DAY);

        // R: one minor unit of the source in minor units of the target
        BigDecimal r = pair.rate().scaleByPowerOfTen(MinorUnits.exponent(pair.to()) - MinorUnits.exponent(pair.from()));
        long error = Math.abs(back.minorUnits() - minor);
        if (r.compareTo(BigDecimal.ONE) >= 0) {
            assertThat(error).isLessThanOrEqualTo(1);
        }
        // in general |error| ≤ ½ + 1/(2R), i.e. 2R·error ≤ R + 1
        BigDecimal twoRError = r.multiply(BigDecimal.valueOf(2 * error));
        assertThat(twoRError).isLessThanOrEqualTo(r.add(BigDecimal.ONE));
    }

    @Property(tries = 500)
    void conversionIsWithinHalfAMinorUnitOfTheExactValue(@ForAll("pairs") Pair pair,
            @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long minor) {
        ExchangeRates table = ExchangeRates.of(new ExchangeRate(DAY, pair.from(), pair.to(), pair.rate()));
        Money converted = table.convert(new Money(minor, pair.from()), pair.to(), DAY);
        BigDecimal exact = BigDecimal.valueOf(minor).multiply(pair.rate())
                .scaleByPowerOfTen(MinorUnits.exponent(pair.to()) - MinorUnits.exponent(pair.from()));
        BigDecimal difference = exact.subtract(BigDecimal.valueOf(converted.minorUnits())).abs();
        assertThat(difference).isLessThanOrEqualTo(new BigDecimal("0.5"));
        if (difference.compareTo(new BigDecimal("0.5")) == 0) {
            assertThat(converted.minorUnits() % 2).as("ties go to the even neighbour").isZero();
        }
        assertThat(converted.currency()).isEqualTo(pair.to());
        assertThat(MinorUnits.ofMajorUnits(MinorUnits.inMajorUnits(converted), pair.to(), RoundingMode.UNNECESSARY)).isEqualTo(converted);
    }
}
