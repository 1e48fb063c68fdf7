package org.pactum.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Changing values after a forecast origin never changes that forecast, its model or its intervals. */
class LeakageTest {

    record Case(double[] values, int origin, double[] changes) {
    }

    @Property(tries = 60)
    void valuesAfterTheOriginDoNotChangeItsForecast(@ForAll("cases") Case c) {
        double[] changed = c.values().clone();
        for (int i = c.origin(); i < changed.length; i++) {
            changed[i] = c.changes()[i];
        }
        List<ForecastModel> models = Forecaster.candidates();
        Backtest before = Backtest.run(c.values(), models, 24, 6);
        Backtest after = Backtest.run(changed, models, 24, 6);
        List<String> names = new java.util.ArrayList<>(before.modelNames());
        names.add(Backtest.CHOSEN);
        for (String name : names) {
            List<BacktestPoint> a = before.points(name, 24, c.origin());
            List<BacktestPoint> b = after.points(name, 24, c.origin());
            assertThat(b).hasSameSizeAs(a);
            for (int i = 0; i < a.size(); i++) {
                BacktestPoint p = a.get(i);
                BacktestPoint q = b.get(i);
                assertThat(q.model()).isEqualTo(p.model());
                assertThat(Double.valueOf(q.forecast())).isEqualTo(Double.valueOf(p.forecast()));
                assertThat(Double.valueOf(q.lower80())).isEqualTo(Double.valueOf(p.lower80()));
                assertThat(Double.valueOf(q.upper80())).isEqualTo(Double.valueOf(p.upper80()));
                assertThat(Double.valueOf(q.lower95())).isEqualTo(Double.valueOf(p.lower95()));
                assertThat(Double.valueOf(q.upper95())).isEqualTo(Double.valueOf(p.upper95()));
                assertThat(Double.valueOf(q.scale())).isEqualTo(Double.valueOf(p.scale()));
            }
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.integers().between(30, 60).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(0, 5000).ofScale(0).array(double[].class).ofSize(n),
                Arbitraries.integers().between(24, n - 1),
                Arbitraries.doubles().between(0, 50000).ofScale(0).array(double[].class).ofSize(n)).as(Case::new));
    }
}
