package org.pactum.core.forecast;

/**
 * One forecast made at an origin for a horizon, with what it is judged against.
 *
 * @param origin   how many values were known (the forecast is of the value at index
 *                 {@code origin + horizon - 1})
 * @param model    the model that made it
 * @param actual   the value that came, NaN when it is still in the future
 * @param scale    the MASE scale at the origin: the mean absolute change from the same month a year
 *                 before over the known values (month to month for a history under 13 months);
 *                 0 when the known values never changed
 * @param lower80  bounds of the 80 % and 95 % prediction intervals, NaN when there were too few
 *                 past forecasts to calibrate them
 */
public record BacktestPoint(int origin, int horizon, String model, double forecast, double actual, double scale,
        double lower80, double upper80, double lower95, double upper95) {

    public BacktestPoint {
        if (origin < 1 || horizon < 1) {
            throw new IllegalArgumentException("origin and horizon start at 1");
        }
    }

    /** The index of the value forecast. */
    public int target() {
        return origin + horizon - 1;
    }

    public boolean judged() {
        return !Double.isNaN(actual);
    }

    public boolean hasInterval() {
        return !Double.isNaN(lower80);
    }
}
