package org.pactum.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The backtest engine against metrics computed by hand on a five-month series. */
class BacktestMetricsTest {

    // y0..y4
    private final double[] y = {10, 12, 9, 15, 11};

    @Test
    void naiveForecastsFromTheSecondMonthGiveTheHandComputedMetrics() {
        Backtest backtest = Backtest.run(y, List.of(new ForecastModel.Naive()), 2, 2);
        List<BacktestPoint> points = backtest.points("naive", 2, 5);
        // origins 2, 3, 4 judged at horizon 1; origins 2, 3 at horizon 2; origin 5 is the live forecast
        assertThat(points.stream().filter(BacktestPoint::judged)).hasSize(5);
        // MASE scale (month-to-month changes, the history being under 13 months):
        //   origin 2: |12-10| = 2; origin 3: (2 + 3) / 2 = 2.5; origin 4: (2 + 3 + 6) / 3 = 11/3
        // horizon 1: origin 2 forecasts 12 for 9 (error 3), origin 3 forecasts 9 for 15 (6), origin 4 forecasts 15 for 11 (4)
        Accuracy h1 = Accuracy.of(1, points);
        assertThat(h1.forecasts()).isEqualTo(3);
        assertThat(h1.mase()).isCloseTo((3 / 2.0 + 6 / 2.5 + 4 / (11 / 3.0)) / 3, within(1e-12)); // 1.663636...
        assertThat(h1.mase()).isCloseTo(1.6636364, within(1e-7));
        assertThat(h1.smape()).isCloseTo((200 * 3 / 21.0 + 200 * 6 / 24.0 + 200 * 4 / 26.0) / 3, within(1e-12)); // 36.4469
        assertThat(h1.bias()).isCloseTo((3 - 6 + 4) / 3.0, within(1e-12));
        // horizon 2: origin 2 forecasts 12 for 15 (error 3), origin 3 forecasts 9 for 11 (error 2)
        Accuracy h2 = Accuracy.of(2, points);
        assertThat(h2.forecasts()).isEqualTo(2);
        assertThat(h2.mase()).isCloseTo((3 / 2.0 + 2 / 2.5) / 2, within(1e-12)); // 1.15
        assertThat(h2.smape()).isCloseTo((200 * 3 / 27.0 + 200 * 2 / 20.0) / 2, within(1e-12)); // 21.111
        assertThat(h2.bias()).isCloseTo(-2.5, within(1e-12));
        // within 10 % of the actual: none of 3, 6, 4 is within 10 % of 9, 15, 11
        assertThat(h1.within10()).isZero();
    }

    @Test
    void driftUsesTheAverageChangeOfWhatWasKnown() {
        Backtest backtest = Backtest.run(y, List.of(new ForecastModel.Drift()), 3, 1);
        // origin 3: 9 + (9 - 10) / 2 = 8.5 for 15; origin 4: 15 + (15 - 10) / 3 = 16.666.. for 11
        List<BacktestPoint> points = backtest.points("drift", 3, 4);
        assertThat(points.get(0).forecast()).isCloseTo(8.5, within(1e-12));
        assertThat(points.get(1).forecast()).isCloseTo(15 + 5 / 3.0, within(1e-12));
        assertThat(Accuracy.of(1, points).bias()).isCloseTo(((8.5 - 15) + (15 + 5 / 3.0 - 11)) / 2, within(1e-12));
    }

    @Test
    void coverageCountsActualsInsideTheBoundsAmongForecastsWithAnInterval() {
        List<BacktestPoint> points = List.of(
                new BacktestPoint(10, 1, "m", 100, 105, 10, 90, 110, 80, 120), // inside both
                new BacktestPoint(11, 1, "m", 100, 115, 10, 90, 110, 80, 120), // outside 80, inside 95
                new BacktestPoint(12, 1, "m", 100, 125, 10, 90, 110, 80, 120), // outside both
                new BacktestPoint(13, 1, "m", 100, 90, 10, 90, 110, 80, 120), // on the lower bound: inside
                new BacktestPoint(14, 1, "m", 100, 50, 10, Double.NaN, Double.NaN, Double.NaN, Double.NaN)); // no interval
        Accuracy a = Accuracy.of(1, points);
        assertThat(a.forecasts()).isEqualTo(5);
        assertThat(a.coverage80()).isEqualTo(2 / 4.0);
        assertThat(a.coverage95()).isEqualTo(3 / 4.0);
        // |105-100| = 5 <= 10.5 and |90-100| = 10 <= 9? no; so 1 of 5 within 10 %
        assertThat(a.within10()).isEqualTo(1 / 5.0);
    }

    @Test
    void aForecastWhoseScaleIsZeroIsLeftOutOfMaseOnly() {
        // the history 5, 5 never changed: scale 0 at origin 2
        Backtest backtest = Backtest.run(new double[] {5, 5, 7}, List.of(new ForecastModel.Naive()), 2, 1);
        Accuracy a = Accuracy.of(1, backtest.points("naive", 2, 2));
        assertThat(a.forecasts()).isEqualTo(1);
        assertThat(a.mase()).isNaN();
        assertThat(a.bias()).isEqualTo(-2);
    }

    @Test
    void theChosenModelIsTheOneWithTheLowerPastErrorForThatHorizon() {
        // a straight line: drift is exact from the start, naive is always 1 behind at horizon 1
        double[] line = new double[30];
        for (int i = 0; i < line.length; i++) {
            line[i] = 100 + i;
        }
        Backtest backtest = Backtest.run(line, List.of(new ForecastModel.Naive(), new ForecastModel.Drift()), 2, 1);
        // at origin 2 nothing was judged yet: the first model (naive) is the fallback
        assertThat(backtest.points(Backtest.CHOSEN, 2, 2).get(0).model()).isEqualTo("naive");
        // from origin 3 on, drift's past error (0) is below naive's (1)
        assertThat(backtest.points(Backtest.CHOSEN, 3, 30)).allSatisfy(p -> assertThat(p.model()).isEqualTo("drift"));
        assertThat(backtest.live(1).get(0).forecast()).isCloseTo(130, within(1e-9));
    }

    @Test
    void intervalsAreQuantilesOfPastLogErrors() {
        // naive on 1, 2, ..., 20: every horizon-1 error is log(1 + t + 1) - log(1 + t)
        double[] up = new double[20];
        for (int i = 0; i < up.length; i++) {
            up[i] = i + 1;
        }
        Backtest backtest = Backtest.run(up, List.of(new ForecastModel.Naive()), 1, 1);
        BacktestPoint live = backtest.live(1).get(0);
        // past errors at origin 20: log(1 + y[p]) - log(1 + y[p - 1]) for p = 1..19 = log((p + 2) / (p + 1))
        double[] errors = new double[19];
        for (int p = 1; p <= 19; p++) {
            errors[p - 1] = Math.log((p + 2.0) / (p + 1.0));
        }
        java.util.Arrays.sort(errors);
        // 90th percentile: position 0.9 * 18 = 16.2 between the 17th and 18th smallest
        double q90 = errors[16] + 0.2 * (errors[17] - errors[16]);
        assertThat(live.upper80()).isCloseTo(Math.expm1(Math.log1p(20) + q90), within(1e-9));
        assertThat(live.lower80()).isLessThan(live.upper80());
    }
}
