package org.pactum.core.finance.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.core.pool.Money;

/** Conversions checked against figures worked out by hand in the comments. */
class ExchangeRatesTest {

    private final ExchangeRates rates = ExchangeRates.of(
            ExchangeRate.of("2026-01-02", "EUR", "USD", "1.0350"),
            ExchangeRate.of("2026-02-01", "EUR", "USD", "1.0400"),
            ExchangeRate.of("2026-01-02", "EUR", "CHF", "0.9250"),
            ExchangeRate.of("2026-01-02", "EUR", "JPY", "160.25"),
            ExchangeRate.of("2026-01-02", "USD", "KWD", "0.3075"));

    @Test
    void minorUnitExponentsComeFromIso4217() {
        assertThat(MinorUnits.exponent("JPY")).isZero();
        assertThat(MinorUnits.exponent("EUR")).isEqualTo(2);
        assertThat(MinorUnits.exponent("KWD")).isEqualTo(3);
        assertThat(MinorUnits.exponent("BHD")).isEqualTo(3);
        assertThatThrownBy(() -> MinorUnits.exponent("XAU")).hasMessageContaining("no minor unit");
        assertThat(MinorUnits.inMajorUnits(new Money(307_500, "KWD"))).isEqualByComparingTo("307.5");
    }

    @Test
    void theLatestRateOnOrBeforeTheDateApplies() {
        // EUR 100.00 = 10,000 cents; × 1.0350 = 10,350 cents = USD 103.50 (rate of 2 January)
        assertThat(rates.convert(Money.euros(100), "USD", LocalDate.parse("2026-01-31"))).isEqualTo(new Money(10_350, "USD"));
        // from 1 February the rate is 1.0400: USD 104.00
        assertThat(rates.convert(Money.euros(100), "USD", LocalDate.parse("2026-02-01"))).isEqualTo(new Money(10_400, "USD"));
        assertThatThrownBy(() -> rates.convert(Money.euros(100), "USD", LocalDate.parse("2026-01-01")))
                .isInstanceOf(NoExchangeRateException.class).hasMessageContaining("EUR→USD").hasMessageContaining("2026-01-01");
        assertThat(rates.convert(Money.euros(7), "EUR", LocalDate.parse("2000-01-01"))).isEqualTo(Money.euros(7));
    }

    @Test
    void roundingIsHalfEvenToTheTargetMinorUnit() {
        LocalDate on = LocalDate.parse("2026-01-10");
        // 10 cents × 0.925 = 9.25 → 9; 2 cents × 0.925 = 1.85 → 2
        assertThat(rates.convert(new Money(10, "EUR"), "CHF", on).minorUnits()).isEqualTo(9);
        assertThat(rates.convert(new Money(2, "EUR"), "CHF", on).minorUnits()).isEqualTo(2);
        // ties go to the even neighbour: 20 × 0.925 = 18.5 → 18; 60 × 0.925 = 55.5 → 56
        assertThat(rates.convert(new Money(20, "EUR"), "CHF", on).minorUnits()).isEqualTo(18);
        assertThat(rates.convert(new Money(60, "EUR"), "CHF", on).minorUnits()).isEqualTo(56);
        // negative amounts round symmetrically: −20 × 0.925 = −18.5 → −18
        assertThat(rates.convert(new Money(-20, "EUR"), "CHF", on).minorUnits()).isEqualTo(-18);
    }

    @Test
    void exponentsOfBothCurrenciesAreRespected() {
        LocalDate on = LocalDate.parse("2026-01-10");
        // EUR 12.34 × 160.25 = 1,923 + 54.485 = 1,977.485 yen → 1,977 (yen have no minor unit)
        assertThat(rates.convert(new Money(1_234, "EUR"), "JPY", on)).isEqualTo(new Money(1_977, "JPY"));
        // USD 1,000.00 × 0.3075 = KWD 307.500 = 307,500 fils
        assertThat(rates.convert(Money.ofMajor(1_000, "USD"), "KWD", on)).isEqualTo(new Money(307_500, "KWD"));
        // JPY 1,977 ÷ 160.25 = EUR 12.33697… → 1,234 cents (inverted row)
        assertThat(rates.convert(new Money(1_977, "JPY"), "EUR", on)).isEqualTo(new Money(1_234, "EUR"));
    }

    @Test
    void aReverseRowIsUsedInvertedAndTheLaterRowWins() {
        // USD 103.50 ÷ 1.035 = EUR 100.00 exactly; USD 1.00 ÷ 1.035 = 0.96618… → 97 cents
        assertThat(rates.convert(new Money(10_350, "USD"), "EUR", LocalDate.parse("2026-01-15"))).isEqualTo(Money.euros(100));
        assertThat(rates.convert(new Money(100, "USD"), "EUR", LocalDate.parse("2026-01-15"))).isEqualTo(new Money(97, "EUR"));
        ExchangeRates withReverse = rates.with(ExchangeRate.of("2026-01-20", "USD", "EUR", "0.95"));
        // on 25 January the USD→EUR row of 20 January is newer than EUR→USD of 2 January:
        // EUR 100.00 ÷ 0.95 = 105.263157… → USD 105.26
        assertThat(withReverse.convert(Money.euros(100), "USD", LocalDate.parse("2026-01-25"))).isEqualTo(new Money(10_526, "USD"));
        assertThat(withReverse.applicable("EUR", "USD", LocalDate.parse("2026-01-25")).orElseThrow().from()).isEqualTo("USD");
    }

    @Test
    void badRowsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> ExchangeRate.of("2026-01-02", "EUR", "EUR", "1")).hasMessageStartingWith("from/to");
        assertThatThrownBy(() -> ExchangeRate.of("2026-01-02", "EUR", "USD", "0")).hasMessageStartingWith("rate");
        assertThatThrownBy(() -> ExchangeRate.of("2026-01-02", "EUR", "XYZ", "1")).hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> rates.with(ExchangeRate.of("2026-01-02", "EUR", "USD", "1.1")))
                .hasMessageContaining("rates[5]").hasMessageContaining("1.0350");
    }

    @Test
    void totalsRefuseMixedCurrencies() {
        assertThat(Totals.sum("EUR", List.of(Money.euros(1), new Money(50, "EUR")))).isEqualTo(new Money(150, "EUR"));
        assertThat(Totals.sum("KWD", List.of())).isEqualTo(new Money(0, "KWD"));
        assertThatThrownBy(() -> Totals.sum("EUR", List.of(Money.euros(1), Money.ofMajor(1, "USD"))))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageStartingWith("amounts[1]: expected an amount in EUR but found USD");
        assertThatThrownBy(() -> Totals.sum("EUR", List.of(new Money(Long.MAX_VALUE, "EUR"), new Money(1, "EUR"))))
                .isInstanceOf(ArithmeticException.class);
    }
}
