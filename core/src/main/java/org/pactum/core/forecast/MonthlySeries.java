package org.pactum.core.forecast;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Objects;

/**
 * A monthly series of counts (detections, arrivals, applications) from its first month, one value a
 * month with no gaps: a month without a reported figure is a month with none counted (zero).
 *
 * @param id    what the series is, e.g. {@code frontex:central-mediterranean}
 * @param start the month of the first value
 */
public record MonthlySeries(String id, YearMonth start, double[] values) {

    public MonthlySeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        values = values.clone();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i]) || values[i] < 0) {
                throw new IllegalArgumentException("series " + id + ": value of " + start.plusMonths(i)
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

    public double at(int index) {
        return values[index];
    }

    /** The month of the value at {@code index}. */
    public YearMonth month(int index) {
        return start.plusMonths(index);
    }

    /** The position of {@code month} in the series (may be outside it). */
    public int indexOf(YearMonth month) {
        return (int) (month.getYear() * 12L + month.getMonthValue() - (start.getYear() * 12L + start.getMonthValue()));
    }

    /** The last month with a value. */
    public YearMonth end() {
        return start.plusMonths(values.length - 1L);
    }

    /** The first {@code length} values: what was known before month {@code start + length}. */
    public MonthlySeries head(int length) {
        return new MonthlySeries(id, start, Arrays.copyOf(values, length));
    }

    /** This series with each value multiplied by {@code factor} (a scenario). */
    public MonthlySeries scaled(double factor) {
        double[] scaled = values.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= factor;
        }
        return new MonthlySeries(id, start, scaled);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonthlySeries s && id.equals(s.id) && start.equals(s.start) && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, start, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "MonthlySeries[" + id + ", " + start + ".." + end() + "]";
    }
}
