package org.pactum.core.forecast;

import java.util.Arrays;
import java.util.Objects;

/**
 * An annual series of counts (asylum applications lodged in a destination state), one value a year
 * with no gaps from its first year.
 *
 * @param id        what the series is, e.g. {@code eurostat:DEU}
 * @param firstYear the year of the first value
 */
public record AnnualSeries(String id, int firstYear, double[] values) {

    public AnnualSeries {
        Objects.requireNonNull(id, "id");
        values = values.clone();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i]) || values[i] < 0) {
                throw new IllegalArgumentException("series " + id + ": value of " + (firstYear + i)
                        + " must be a finite count of zero or more, was " + values[i]);
            }
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int length() {
        return values.length;
    }

    /** The year of the value at {@code index}. */
    public int year(int index) {
        return firstYear + index;
    }

    public int lastYear() {
        return firstYear + values.length - 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnnualSeries s && id.equals(s.id) && firstYear == s.firstYear && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, firstYear, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "AnnualSeries[" + id + ", " + firstYear + ".." + lastYear() + "]";
    }
}
