package org.pactum.core.corridors;

import java.util.OptionalDouble;

/**
 * How a migrant stock changed between two years of the series: from the first year observed to
 * the latest.
 */
public record StockTrend(int fromYear, long fromStock, int toYear, long toStock) {

    public StockTrend {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("A trend runs forward in time: " + fromYear + " to " + toYear);
        }
        if (fromStock < 0 || toStock < 0) {
            throw new IllegalArgumentException("A migrant stock is counted from 0");
        }
    }

    public long change() {
        return toStock - fromStock;
    }

    /** The change in percent of the first stock, or nothing when the first stock was 0. */
    public OptionalDouble percentChange() {
        return fromStock == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * change() / fromStock);
    }
}
