package org.pactum.server.warning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pactum.core.apportionment.ApportionmentMethod;
import org.pactum.core.apportionment.Hamilton;
import org.pactum.core.fairshare.StateCode;
import org.pactum.core.forecast.PoolStress;
import org.pactum.server.fairshare.PoolService;
import org.pactum.server.fairshare.PoolView;
import org.pactum.server.support.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The stress test of a solidarity pool under a scenario on a route. The pool's relocation need grows
 * by the scenario's percentage times the route's share of all detections on all routes over the
 * last twelve months of data (40 % more on a route that carried half of the detections: 20 % more
 * need); each contributing state's fair share is then apportioned again with the pool's own shares,
 * deductions and method, and compared with its pledge.
 */
@Service
public class StressTest {

    private final PoolService pools;
    private final EarlyWarning forecasts;

    StressTest(PoolService pools, EarlyWarning forecasts) {
        this.pools = pools;
        this.forecasts = forecasts;
    }

    public List<String> poolIds() {
        return pools.poolIds();
    }

    /** The pool {@code poolId} under {@code scenario}; 404 for an unknown pool. */
    public StressView stress(String poolId, Scenario scenario) {
        PoolView pool = pools.pool(poolId).orElseThrow(() -> new NotFoundException("pool", poolId));
        List<SeriesInfo> routes = forecasts.routes();
        double all = routes.stream().mapToDouble(SeriesInfo::lastTwelveMonths).sum();
        double route = routes.stream().filter(r -> r.route() == scenario.route()).mapToDouble(SeriesInfo::lastTwelveMonths).sum();
        double share = all > 0 ? route / all : 0;
        double factor = Math.max(0, 1 + scenario.percent() / 100 * share);
        List<PoolStress.StateInput> inputs = pool.states().stream().map(s -> new PoolStress.StateInput(new StateCode(s.state()),
                s.share(), s.deductionFraction() == null ? BigDecimal.ZERO : s.deductionFraction(), s.due(), s.pledgedValueMinor())).toList();
        ApportionmentMethod method = ApportionmentMethod.byName(pool.method()).orElseGet(Hamilton::new);
        PoolStress.Result result = PoolStress.stress(pool.relocationReference(), factor, pool.equivalenceRateMinor(), inputs, method);
        Map<String, PoolView.StateLine> lines = pool.states().stream().collect(Collectors.toMap(PoolView.StateLine::state, Function.identity()));
        List<StressView.StateRow> rows = result.states().stream().map(s -> new StressView.StateRow(s.state().iso3(),
                lines.get(s.state().iso3()).name(), s.dueNow(), s.dueStressed(), s.dueStressedMinor(), s.pledgedValueMinor(),
                s.shortfallMinor(), s.coveredBefore(pool.equivalenceRateMinor()))).toList();
        return new StressView(pool.id(), pool.name(), scenario, share, factor, result.referenceNow(), result.referenceStressed(),
                pool.currency(), pool.equivalenceRateMinor(), rows);
    }
}
