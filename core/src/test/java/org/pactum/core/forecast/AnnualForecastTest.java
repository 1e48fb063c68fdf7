package org.pactum.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forecasts of annual series (asylum applications by destination), checked by hand. */
class AnnualForecastTest {

    @Test
    void aSteadyRiseIsForecastByDriftAndScaledByTheChangeFromYearToYear() {
        // 100, 200, ..., 800 from 2017: drift is exact at every origin, naive misses by 100 a year at horizon 1
        double[] v = {100, 200, 300, 400, 500, 600, 700, 800};
        Forecaster.AnnualForecast f = Forecaster.forecastAnnual(new AnnualSeries("eurostat:XXX", 2017, v), 2);
        assertThat(f.notice()).isEmpty();
        assertThat(f.points()).hasSize(2);
        assertThat(f.points().get(0).model()).isEqualTo("drift");
        assertThat(f.points().get(0).forecast()).isCloseTo(900, within(1e-9));
        assertThat(f.points().get(1).forecast()).isCloseTo(1000, within(1e-9));
        assertThat(f.year(f.points().get(1))).isEqualTo(2026);
        // the MASE scale of an annual series is the mean change from one year to the next: 100
        assertThat(Backtest.scale(new double[] {100, 200, 300, 400, 500}, 1)).isEqualTo(100);
        Map<String, List<Accuracy>> board = f.backtest().leaderboard(5, 7, 1, 2);
        // naive at horizon 1 from origins 5, 6, 7: errors 100 each, scale 100: MASE 1; at horizon 2 from 5 and 6: errors 200: MASE 2
        assertThat(board.get("naive").get(0).mase()).isCloseTo(1.0, within(1e-9));
        assertThat(board.get("naive").get(0).forecasts()).isEqualTo(3);
        assertThat(board.get("naive").get(1).mase()).isCloseTo(2.0, within(1e-9));
        assertThat(board.get("drift").get(0).mase()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void aShortSeriesFallsBackToTheBaselineWithAClearMessage() {
        Forecaster.AnnualForecast f = Forecaster.forecastAnnual(new AnnualSeries("unhcr:XXX", 2023, new double[] {5, 7}), 3);
        assertThat(f.notice()).hasValueSatisfying(n -> assertThat(n).contains("only 2 years").contains("baseline naive"));
        assertThat(f.points()).extracting(BacktestPoint::forecast).containsExactly(7.0, 7.0, 7.0);
        assertThat(f.points()).extracting(BacktestPoint::model).containsOnly("naive");
    }

    @Test
    void horizonsOutsideOneToThreeYearsAreRefused() {
        AnnualSeries s = new AnnualSeries("eurostat:XXX", 2020, new double[] {1, 2, 3});
        assertThatThrownBy(() -> Forecaster.forecastAnnual(s, 0)).hasMessageContaining("between 1 and 3 years");
        assertThatThrownBy(() -> Forecaster.forecastAnnual(s, 4)).hasMessageContaining("between 1 and 3 years");
    }

    @Test
    void aDampedTrendOfAFlatSeriesIsFlatAndOfARiseRisesLessThanTheRise() {
        assertThat(new ForecastModel.DampedTrend().forecast(new double[] {50, 50, 50, 50}, 3)).containsExactly(50, 50, 50);
        double[] rise = new ForecastModel.DampedTrend().forecast(new double[] {10, 20, 30, 40, 50}, 2);
        // above the last value, below the undamped line 60, 70, and rising less in the second year than in the first
        assertThat(rise[0]).isGreaterThan(50).isLessThan(60);
        assertThat(rise[1]).isGreaterThan(rise[0]).isLessThan(70);
        assertThat(rise[1] - rise[0]).isLessThan(rise[0] - 50);
    }
}
