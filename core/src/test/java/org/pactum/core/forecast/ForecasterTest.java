package org.pactum.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForecasterTest {

    @Test
    void aSeriesTooShortForTheModelsIsForecastByTheNaiveBaselineWithANotice() {
        MonthlySeries s = new MonthlySeries("test:short", YearMonth.of(2024, 1), new double[] {5, 8, 7, 9, 6});
        Forecaster.SeriesForecast f = Forecaster.forecast(s, 3);
        assertThat(f.notice()).hasValueSatisfying(n -> assertThat(n).contains("only 5 months").contains("holt-winters needs 24")
                .contains("seasonal-naive needs 12").contains("baseline naive"));
        assertThat(f.points()).hasSize(3).allSatisfy(p -> {
            assertThat(p.model()).isEqualTo("naive");
            assertThat(p.forecast()).isEqualTo(6);
        });
        assertThat(f.month(f.points().get(0))).isEqualTo(YearMonth.of(2024, 6));
    }

    @Test
    void aLongSeriesHasNoNoticeAndIntervalsAtEveryHorizon() {
        double[] values = new double[60];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1000 + 300 * Math.sin(2 * Math.PI * i / 12) + (i % 5) * 20;
        }
        Forecaster.SeriesForecast f = Forecaster.forecast(new MonthlySeries("test:long", YearMonth.of(2020, 1), values), 6);
        assertThat(f.notice()).isEmpty();
        assertThat(f.points()).hasSize(6).allSatisfy(p -> {
            assertThat(p.hasInterval()).isTrue();
            assertThat(p.lower95()).isLessThanOrEqualTo(p.lower80());
            assertThat(p.lower80()).isLessThanOrEqualTo(p.upper80());
            assertThat(p.upper80()).isLessThanOrEqualTo(p.upper95());
        });
    }

    @Test
    void aHorizonOutsideOneToThirtySixIsRefused() {
        MonthlySeries s = new MonthlySeries("test:s", YearMonth.of(2024, 1), new double[] {1, 2, 3});
        assertThatThrownBy(() -> Forecaster.forecast(s, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizon");
        assertThatThrownBy(() -> Forecaster.forecast(s, 37)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizon");
        assertThatThrownBy(() -> Forecaster.forecast(new MonthlySeries("test:empty", YearMonth.of(2024, 1), new double[0]), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no values");
    }

    @Test
    void holtWintersReproducesAnUnchangingSeasonExactly() {
        double[] pattern = {10, 20, 30, 40, 50, 60, 70, 60, 50, 40, 30, 20}; // mean 40
        double[] values = new double[48];
        for (int i = 0; i < values.length; i++) {
            values[i] = pattern[i % 12];
        }
        HoltWinters hw = new HoltWinters(HoltWinters.Seasonality.ADDITIVE);
        HoltWinters.Fit fit = hw.fit(values);
        // level 40, trend 0, seasons pattern - 40: every one-step error is 0
        assertThat(fit.sse()).isCloseTo(0, within(1e-9));
        double[] forecast = hw.forecast(values, 13);
        for (int h = 1; h <= 13; h++) {
            assertThat(forecast[h - 1]).isCloseTo(pattern[(48 + h - 1) % 12], within(1e-9));
        }
    }

    @Test
    void aicPicksMultiplicativeSeasonalityWhenTheSeasonGrowsWithTheLevel() {
        double[] pattern = {0.5, 0.6, 0.8, 1.0, 1.3, 1.6, 1.8, 1.6, 1.2, 0.8, 0.5, 0.3};
        double[] values = new double[60];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1000 * Math.pow(1.03, i) * pattern[i % 12];
        }
        assertThat(new HoltWinters(HoltWinters.Seasonality.AUTO).fit(values).seasonality())
                .isEqualTo(HoltWinters.Seasonality.MULTIPLICATIVE);
        double[] withZero = values.clone();
        withZero[3] = 0;
        assertThat(new HoltWinters(HoltWinters.Seasonality.AUTO).fit(withZero).seasonality())
                .isEqualTo(HoltWinters.Seasonality.ADDITIVE);
    }

    @Test
    void surgeRulesFireOnTheUpperBoundOrOnYearOnYearGrowth() {
        double[] values = new double[24];
        java.util.Arrays.fill(values, 100);
        MonthlySeries s = new MonthlySeries("test:s", YearMonth.of(2023, 1), values);
        // two forecast months: 150 (upper 80 % 180) and 160 (upper 190); the same months a year before: 100 and 100
        List<BacktestPoint> points = List.of(new BacktestPoint(24, 1, "m", 150, Double.NaN, 0, 120, 180, 110, 200),
                new BacktestPoint(24, 2, "m", 160, Double.NaN, 0, 130, 190, 120, 210));
        Forecaster.SeriesForecast f = new Forecaster.SeriesForecast(s, 2, points, null, Optional.empty());
        assertThat(new SurgeRule.UpperBoundAbove(185).evaluate(f)).hasValueSatisfying(sig -> {
            assertThat(sig.horizon()).isEqualTo(2);
            assertThat(sig.value()).isEqualTo(190);
        });
        assertThat(new SurgeRule.UpperBoundAbove(190).evaluate(f)).isEmpty();
        // (150 + 160 - 200) / 200 = 55 %
        assertThat(new SurgeRule.YearOnYearGrowthAbove(50).evaluate(f)).hasValueSatisfying(sig ->
                assertThat(sig.value()).isCloseTo(55, within(1e-9)));
        assertThat(new SurgeRule.YearOnYearGrowthAbove(55).evaluate(f)).isEmpty();
        assertThatThrownBy(() -> new SurgeRule.UpperBoundAbove(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
