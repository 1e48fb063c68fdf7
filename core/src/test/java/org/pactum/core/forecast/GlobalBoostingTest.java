package org.pactum.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The global gradient-boosted model: its features by hand, the drivers it may read, and that it learns a shared season. */
class GlobalBoostingTest {

    static final GlobalBoosting.Settings SMALL = new GlobalBoosting.Settings(3, 30, 3, 0.3, 1, 50);

    @Test
    void featuresOfAConstantSeriesAreItsLevelAndNoChange() {
        double[] values = new double[30];
        java.util.Arrays.fill(values, 9);
        MonthlySeries s = new MonthlySeries("flat", YearMonth.of(2020, 1), values);
        GlobalBoosting.Drivers drivers = GlobalBoosting.Drivers.of(Map.of("battle-deaths", Map.of(2020, 99.0, 2021, 9.0),
                "population", Map.of(2021, Math.E * Math.E)));
        double[] lv = new double[values.length];
        java.util.Arrays.fill(lv, Math.log(10));
        float[] f = new float[25];
        // origin 24: values 2020-01..2021-12 known; horizon 2 targets 2022-02
        GlobalBoosting.features(new GlobalBoosting.Member(s, drivers), lv, 24, 2, f, 0);
        assertThat(f[0]).isCloseTo((float) Math.log(10), within(1e-6f)); // log(1 + mean of the last 12 months)
        for (int lag = 1; lag <= 12; lag++) {
            assertThat(f[lag]).isCloseTo(0f, within(1e-6f));
        }
        assertThat(f[13]).isCloseTo(0f, within(1e-6f)); // last 3 months against the year
        assertThat(f[14]).isCloseTo(0f, within(1e-6f)); // the year before against the year
        assertThat(f[15]).isCloseTo(0f, within(1e-6f)); // 2021-02, a year before the target
        assertThat(f[16]).isEqualTo(2f);                 // the target's calendar month: February
        assertThat(f[17]).isEqualTo(0f);                 // no month without arrivals
        assertThat(f[18]).isCloseTo((float) Math.log(10), within(1e-6f)); // battle deaths of 2021 (the last year before 2022): 9
        assertThat(f[19]).isNaN();                       // no GDP per capita
        assertThat(f[20]).isNaN();                       // no unemployment
        assertThat(f[21]).isCloseTo(2f, within(1e-6f)); // log population of 2021
        assertThat(f[22]).isCloseTo((float) (Math.log(10) - Math.log(100)), within(1e-6f)); // change in log(1 + deaths) 2020 -> 2021
    }

    @Test
    void driversOfTheOriginsYearAndLaterAreNeverRead() {
        GlobalBoosting.Drivers drivers = GlobalBoosting.Drivers.of(Map.of("battle-deaths", Map.of(2018, 1.0, 2019, 2.0, 2020, 3.0)));
        assertThat(drivers.before(0, 2020)).isEqualTo(2.0);
        assertThat(drivers.before(0, 2019)).isEqualTo(1.0);
        assertThat(drivers.before(0, 2018)).isNaN();
        assertThat(drivers.before(0, 2030)).isEqualTo(3.0); // the last known year, however old
        assertThatThrownBy(() -> GlobalBoosting.Drivers.of(Map.of("rainfall", Map.of(2020, 1.0))))
                .hasMessageContaining("no driver rainfall");
    }

    @Test
    void learnsASeasonSharedByRoutesOfDifferentSize() {
        // six routes with the same season (summer twice the winter) at levels 100 to 100,000
        double[] season = {1, 1, 1.2, 1.4, 1.6, 2, 2, 2, 1.6, 1.4, 1.2, 1};
        List<GlobalBoosting.Member> panel = new ArrayList<>();
        for (int r = 0; r < 6; r++) {
            double level = 100 * Math.pow(4, r);
            double[] v = new double[72];
            for (int t = 0; t < v.length; t++) {
                v[t] = Math.round(level * season[t % 12]);
            }
            panel.add(new GlobalBoosting.Member(new MonthlySeries("route-" + r, YearMonth.of(2019, 1), v), null));
        }
        List<GlobalBoosting.SeriesForecasts> forecasts = GlobalBoosting.backtest(panel, SMALL);
        assertThat(forecasts).extracting(GlobalBoosting.SeriesForecasts::seriesId).containsExactly("route-0", "route-1", "route-2",
                "route-3", "route-4", "route-5");
        // the live forecast of the largest route (from 2025-01): January 1 x, February 1 x, March 1.2 x its level
        double level = 100 * Math.pow(4, 5);
        double[] live = forecasts.get(5).forecast(new double[72], 3);
        assertThat(live[0]).isCloseTo(level, within(0.1 * level));
        assertThat(live[2]).isCloseTo(1.2 * level, within(0.1 * level));
        // the first year has no history to learn from: no forecast
        assertThat(forecasts.get(0).forecastsAt(12)).isFalse();
        assertThat(forecasts.get(0).forecastsAt(60)).isTrue();
        assertThat(forecasts.get(0).forecast(new double[60], 5)[4]).as("beyond the modelled horizon").isNaN();
    }

    @Test
    void refusesAPanelWithASeriesTwice() {
        MonthlySeries s = new MonthlySeries("a", YearMonth.of(2020, 1), new double[24]);
        assertThatThrownBy(() -> GlobalBoosting.backtest(List.of(new GlobalBoosting.Member(s, null), new GlobalBoosting.Member(s, null)),
                SMALL)).hasMessageContaining("series a is twice");
    }
}
