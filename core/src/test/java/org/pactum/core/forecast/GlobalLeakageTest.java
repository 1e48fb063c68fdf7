package org.pactum.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The global model leaks nothing: changing any series of the panel after an origin month, and the
 * drivers of that origin's year and later, never changes a forecast made at or before that origin,
 * neither the global model's own nor the chosen forecast and intervals of a backtest it joins.
 */
class GlobalLeakageTest {

    static final YearMonth START = YearMonth.of(2016, 1);

    record Case(double[][] values, int origin, double[][] changes, double[] deaths, double[] changedDeaths) {
    }

    @Property(tries = 12)
    void valuesAndDriversAfterTheOriginDoNotChangeItsForecasts(@ForAll("cases") Case c) {
        List<GlobalBoosting.Member> before = panel(c.values(), c.deaths());
        double[][] changed = new double[c.values().length][];
        for (int s = 0; s < changed.length; s++) {
            changed[s] = c.values()[s].clone();
            for (int i = c.origin(); i < changed[s].length; i++) {
                changed[s][i] = c.changes()[s][i];
            }
        }
        double[] deaths = c.deaths().clone();
        int originYear = START.plusMonths(c.origin()).getYear();
        for (int y = 0; y < deaths.length; y++) {
            if (START.getYear() - 2 + y >= originYear) {
                deaths[y] = c.changedDeaths()[y];
            }
        }
        List<GlobalBoosting.Member> after = panel(changed, deaths);
        List<GlobalBoosting.SeriesForecasts> a = GlobalBoosting.backtest(before, GlobalBoostingTest.SMALL);
        List<GlobalBoosting.SeriesForecasts> b = GlobalBoosting.backtest(after, GlobalBoostingTest.SMALL);
        for (int s = 0; s < a.size(); s++) {
            for (int o = GlobalBoosting.MINIMUM_HISTORY; o <= c.origin(); o++) {
                assertThat(b.get(s).forecast(new double[o], 3)).as("series %d origin %d", s, o).containsExactly(a.get(s).forecast(new double[o], 3));
            }
            List<ForecastModel> modelsBefore = new ArrayList<>(Forecaster.candidates());
            modelsBefore.add(a.get(s));
            List<ForecastModel> modelsAfter = new ArrayList<>(Forecaster.candidates());
            modelsAfter.add(b.get(s));
            Backtest x = Backtest.run(c.values()[s], modelsBefore, 24, 3);
            Backtest y = Backtest.run(changed[s], modelsAfter, 24, 3);
            List<BacktestPoint> p = x.points(Backtest.CHOSEN, 24, c.origin());
            List<BacktestPoint> q = y.points(Backtest.CHOSEN, 24, c.origin());
            assertThat(q).hasSameSizeAs(p);
            for (int i = 0; i < p.size(); i++) {
                assertThat(q.get(i).model()).isEqualTo(p.get(i).model());
                assertThat(Double.valueOf(q.get(i).forecast())).isEqualTo(Double.valueOf(p.get(i).forecast()));
                assertThat(Double.valueOf(q.get(i).upper80())).isEqualTo(Double.valueOf(p.get(i).upper80()));
                assertThat(Double.valueOf(q.get(i).lower95())).isEqualTo(Double.valueOf(p.get(i).lower95()));
            }
        }
    }

    static List<GlobalBoosting.Member> panel(double[][] values, double[] deaths) {
        Map<Integer, Double> byYear = new TreeMap<>();
        for (int y = 0; y < deaths.length; y++) {
            byYear.put(START.getYear() - 2 + y, deaths[y]);
        }
        List<GlobalBoosting.Member> out = new ArrayList<>();
        for (int s = 0; s < values.length; s++) {
            GlobalBoosting.Drivers drivers = s == 0 ? GlobalBoosting.Drivers.of(Map.of("battle-deaths", byYear)) : null;
            out.add(new GlobalBoosting.Member(new MonthlySeries("s" + s, START, values[s]), drivers));
        }
        return out;
    }

    @Provide
    Arbitrary<Case> cases() {
        int series = 3;
        return Arbitraries.integers().between(48, 60).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(0, 5000).ofScale(0).array(double[].class).ofSize(n).array(double[][].class).ofSize(series),
                Arbitraries.integers().between(30, n - 1),
                Arbitraries.doubles().between(0, 50000).ofScale(0).array(double[].class).ofSize(n).array(double[][].class).ofSize(series),
                Arbitraries.doubles().between(0, 10000).ofScale(0).array(double[].class).ofSize(8),
                Arbitraries.doubles().between(0, 10000).ofScale(0).array(double[].class).ofSize(8)).as(Case::new));
    }
}
