package org.pactum.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pactum.core.apportionment.Hamilton;
import org.pactum.core.fairshare.EuAmmr2024Key;
import org.pactum.core.fairshare.FairShares;
import org.pactum.core.fairshare.IndicatorCode;
import org.pactum.core.fairshare.IndicatorData;
import org.pactum.core.fairshare.StateCode;
import org.pactum.core.pool.Deduction;
import org.pactum.core.pool.Money;
import org.pactum.core.pool.Pledge;
import org.pactum.core.pool.PledgeAssessment;
import org.pactum.core.pool.PoolSpec;
import org.pactum.core.pool.SolidarityPool;

/**
 * (b) 10,000 random what-if solidarity pools over the EU-27: each draws a relocation reference
 * number, up to five benefitting states, up to three deductions and a pledge from every contributing
 * state; each is then computed in full (eu-ammr-2024 key over the contributing states, Hamilton
 * contributions, pledge gaps and Article 63 thresholds). Target: under 1 s for all 10,000 on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PoolScenariosBenchmark {

    static final int SCENARIOS = 10_000;
    private static final String[] EU27 = {"AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC",
            "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"};

    record Scenario(PoolSpec spec, List<Pledge> pledges) {
    }

    private IndicatorData data;
    private List<Scenario> scenarios;
    private final EuAmmr2024Key key = new EuAmmr2024Key();
    private final Hamilton hamilton = new Hamilton();

    @Setup
    public void drawScenarios() {
        SplittableRandom random = new SplittableRandom(2026);
        List<StateCode> members = new ArrayList<>();
        IndicatorData.Builder builder = IndicatorData.forYear(2024);
        for (String code : EU27) {
            StateCode state = StateCode.of(code);
            members.add(state);
            builder.value(IndicatorCode.POPULATION, state, random.nextLong(500_000, 85_000_000))
                    .value(IndicatorCode.GDP, state, random.nextLong(20_000, 4_500_000));
        }
        data = builder.build();
        scenarios = new ArrayList<>(SCENARIOS);
        for (int s = 0; s < SCENARIOS; s++) {
            long relocations = random.nextLong(5_000, 60_001);
            Set<StateCode> benefitting = new TreeSet<>();
            int howMany = random.nextInt(6);
            while (benefitting.size() < howMany) {
                benefitting.add(members.get(random.nextInt(members.size())));
            }
            PoolSpec spec = PoolSpec.of("scenario " + s, relocations, Money.euros(relocations * 20_000), members)
                    .withBenefitting(benefitting);
            List<StateCode> contributing = new ArrayList<>(spec.contributing());
            for (int d = random.nextInt(4); d > 0; d--) {
                StateCode state = contributing.get(random.nextInt(contributing.size()));
                spec = spec.withDeduction(state, Deduction.partial(BigDecimal.valueOf(random.nextInt(1, 101), 2)));
            }
            List<Pledge> pledges = new ArrayList<>();
            for (StateCode state : contributing) {
                pledges.add(new Pledge(state, random.nextLong(0, 3_000), Money.euros(random.nextLong(0, 50_000_000)),
                        Money.euros(random.nextLong(0, 5_000_000))));
            }
            scenarios.add(new Scenario(spec, pledges));
        }
    }

    @Benchmark
    public long tenThousandWhatIfPools() {
        long checksum = 0;
        for (Scenario scenario : scenarios) {
            FairShares shares = key.compute(scenario.spec().participants(), data);
            PledgeAssessment assessment = SolidarityPool.establish(scenario.spec(), shares, hamilton).assess(scenario.pledges());
            checksum += assessment.unionGap().minorUnits() + (assessment.unionRelocationThresholdMet() ? 1 : 0)
                    + assessment.statesMeetingOffsetThreshold().size();
        }
        return checksum;
    }
}
