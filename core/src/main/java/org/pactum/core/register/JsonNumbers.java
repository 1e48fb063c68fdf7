package org.pactum.core.register;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as RFC 8785 section 3.2.2.3 writes them: JSON numbers are IEEE 754 doubles, written the
 * way ECMAScript's Number.prototype.toString writes them (ECMA-262, Number::toString): the fewest
 * significant digits that read back as the same double, the closest such digits when there is a
 * choice, plain notation from 1e-6 up to below 1e21 and exponent notation outside.
 *
 * <p>Java 17's Double.toString is not always shortest, so the digits are found here with exact
 * decimal arithmetic. Integers and decimals are accepted only when the double they denote is
 * written back as exactly the same number; anything else (a long beyond 2^53 that no double holds,
 * a decimal with more precision than a double) is refused rather than silently changed, and
 * belongs in a string.
 */
final class JsonNumbers {

    private static final long TWO_TO_53 = 1L << 53;

    private JsonNumbers() {
    }

    static String write(Number number) {
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            long value = number.longValue();
            return value >= -TWO_TO_53 && value <= TWO_TO_53 ? Long.toString(value) : exactly(BigDecimal.valueOf(value));
        }
        if (number instanceof Double value) {
            return ecmaScript(value);
        }
        if (number instanceof BigDecimal value) {
            return exactly(value);
        }
        if (number instanceof BigInteger value) {
            return exactly(new BigDecimal(value));
        }
        throw new IllegalArgumentException("canonical JSON numbers are Long, Integer, Short, Byte, Double, "
                + "BigDecimal or BigInteger, not " + number.getClass().getName());
    }

    /** Writes a number that must survive the trip through a double unchanged. */
    private static String exactly(BigDecimal value) {
        double nearest = Double.parseDouble(value.toString());
        if (Double.isInfinite(nearest)) {
            throw new IllegalArgumentException(value + " is beyond the range of JSON numbers; write it as a string");
        }
        String written = ecmaScript(nearest);
        if (new BigDecimal(written).compareTo(value) != 0) {
            throw new IllegalArgumentException(value + " is not exactly a double, and canonical JSON would write it as "
                    + written + "; write it as a string");
        }
        return written;
    }

    /** ECMAScript Number::toString for a finite double. */
    static String ecmaScript(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(value + " has no JSON representation (RFC 8785 section 3.2.2.3)");
        }
        if (value == 0) {
            return "0"; // and -0 too
        }
        if (value < 0) {
            return "-" + ecmaScript(-value);
        }
        BigDecimal shortest = shortestDecimal(value).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = 0.digits * 10^n
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String sign = exponent < 0 ? "-" : "+";
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + sign + Math.abs(exponent);
    }

    /**
     * The decimal with the fewest significant digits that reads back as {@code value}; among those,
     * the closest to it, and of two equally close the even one.
     */
    private static BigDecimal shortestDecimal(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (readsBackAs(nearest, value)) {
                return nearest;
            }
            // At the edge of a binade the interval that reads back is lopsided: try the other neighbour.
            BigDecimal down = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal other = nearest.compareTo(down) == 0
                    ? exact.round(new MathContext(precision, RoundingMode.CEILING))
                    : down;
            if (readsBackAs(other, value)) {
                return other;
            }
        }
        throw new IllegalStateException("17 significant digits always identify a double: " + value);
    }

    private static boolean readsBackAs(BigDecimal decimal, double value) {
        return Double.parseDouble(decimal.toString()) == value;
    }
}
