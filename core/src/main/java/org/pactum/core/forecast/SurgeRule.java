package org.pactum.core.forecast;

import java.util.List;
import java.util.Optional;

/**
 * When a forecast announces a surge on a route or towards a destination. Either the upper bound of
 * the 80 % interval in some month of the horizon rises above a number of arrivals, or the forecast
 * arrivals of the horizon exceed those of the same months a year before by more than a percentage.
 */
public sealed interface SurgeRule {

    /** Evaluates the rule on a forecast; empty when it does not fire. */
    Optional<Signal> evaluate(Forecaster.SeriesForecast forecast);

    /** Why a rule fired: the month it concerns, the value that crossed the line, and the line. */
    record Signal(int horizon, double value, double threshold, String explanation) {
    }

    /** Fires when the upper 80 % bound of any month of the horizon is above {@code arrivals}. */
    record UpperBoundAbove(double arrivals) implements SurgeRule {
        public UpperBoundAbove {
            if (!(arrivals > 0) || Double.isInfinite(arrivals)) {
                throw new IllegalArgumentException("the threshold must be a number of arrivals above 0, was " + arrivals);
            }
        }

        @Override
        public Optional<Signal> evaluate(Forecaster.SeriesForecast forecast) {
            for (BacktestPoint p : forecast.points()) {
                double upper = p.hasInterval() ? p.upper80() : p.forecast();
                if (upper > arrivals) {
                    return Optional.of(new Signal(p.horizon(), upper, arrivals, "upper 80 % bound for " + forecast.month(p) + " is "
                            + Math.round(upper) + ", above " + Math.round(arrivals)));
                }
            }
            return Optional.empty();
        }
    }

    /** Fires when the forecast total of the horizon exceeds the same months a year before by more than {@code percent}. */
    record YearOnYearGrowthAbove(double percent) implements SurgeRule {
        public YearOnYearGrowthAbove {
            if (!(percent > 0) || percent > 10_000) {
                throw new IllegalArgumentException("the growth must be a percentage above 0 and at most 10,000, was " + percent);
            }
        }

        @Override
        public Optional<Signal> evaluate(Forecaster.SeriesForecast forecast) {
            List<BacktestPoint> points = forecast.points();
            double[] values = forecast.series().values();
            double ahead = 0;
            double before = 0;
            points = points.stream().filter(p -> p.horizon() <= ForecastModel.SEASON).toList();
            for (BacktestPoint p : points) {
                int yearBefore = p.target() - ForecastModel.SEASON;
                if (yearBefore < 0) {
                    return Optional.empty();
                }
                ahead += p.forecast();
                before += values[yearBefore];
            }
            if (before <= 0) {
                return Optional.empty();
            }
            double growth = 100 * (ahead - before) / before;
            if (growth > percent) {
                return Optional.of(new Signal(points.size(), growth, percent, "forecast of the next " + points.size()
                        + " months is " + Math.round(ahead) + ", " + Math.round(growth) + " % above the same months a year before ("
                        + Math.round(before) + ")"));
            }
            return Optional.empty();
        }
    }
}
