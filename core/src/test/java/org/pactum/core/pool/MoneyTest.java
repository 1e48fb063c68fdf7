package org.pactum.core.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsAreMinorUnitsOfAnIsoCurrency() {
        assertThat(Money.euros(20_000)).isEqualTo(new Money(2_000_000, "EUR"));
        assertThat(Money.ofMajor(500, "JPY")).isEqualTo(new Money(500, "JPY"));
        assertThat(Money.ofMajor(3, "KWD")).isEqualTo(new Money(3_000, "KWD"));
        assertThat(Money.euros(20_000).toString()).isEqualTo("EUR 20000.00");
        assertThatThrownBy(() -> new Money(1, "eur")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(1, "XYZ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO 4217");
    }

    @Test
    void arithmeticIsExactAndStaysInOneCurrency() {
        assertThat(Money.euros(20_000).times(21_000)).isEqualTo(Money.euros(420_000_000));
        assertThat(Money.euros(5).plus(new Money(1, "EUR")).minus(Money.euros(1))).isEqualTo(new Money(401, "EUR"));
        assertThat(Money.euros(4_800_000).dividedBy(Money.euros(20_000))).isEqualByComparingTo("240");
        assertThatThrownBy(() -> Money.euros(1).plus(Money.ofMajor(1, "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exchange rate");
        assertThatThrownBy(() -> new Money(Long.MAX_VALUE, "EUR").plus(new Money(1, "EUR"))).isInstanceOf(ArithmeticException.class);
    }
}
