package org.pactum.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every finite double is written in a form that reads back as itself, with no superfluous digit. */
class JsonNumbersProperties {

    @Provide
    Arbitrary<Double> finiteDoubles() {
        return Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
    }

    @Property(tries = 2000)
    void everyFiniteDoubleReadsBackAsItself(@ForAll("finiteDoubles") double value) {
        assertThat(Double.parseDouble(JsonNumbers.ecmaScript(value))).isEqualTo(value == 0 ? 0.0 : value);
    }

    @Property(tries = 2000)
    void noShorterDecimalReadsBackAsTheSameDouble(@ForAll("finiteDoubles") double value) {
        BigDecimal written = new BigDecimal(JsonNumbers.ecmaScript(value)).stripTrailingZeros();
        int digits = written.precision();
        if (value == 0 || digits == 1) {
            return;
        }
        BigDecimal exact = new BigDecimal(value);
        for (java.math.RoundingMode mode : new java.math.RoundingMode[] {java.math.RoundingMode.FLOOR,
                java.math.RoundingMode.CEILING}) {
            BigDecimal shorter = exact.round(new java.math.MathContext(digits - 1, mode));
            assertThat(Double.parseDouble(shorter.toString())).isNotEqualTo(value);
        }
    }

    @Property(tries = 1000)
    void integersWithinTwoToTheFiftyThreeAreWrittenAsJavaWritesThem(
            @ForAll @net.jqwik.api.constraints.LongRange(min = -(1L << 53), max = 1L << 53) long value) {
        assertThat(JsonNumbers.write(value)).isEqualTo(Long.toString(value));
        assertThat(JsonNumbers.write((double) value)).isEqualTo(Long.toString(value));
    }
}
