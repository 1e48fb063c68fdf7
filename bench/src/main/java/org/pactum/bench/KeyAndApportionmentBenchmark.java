package org.pactum.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pactum.core.apportionment.Apportionment;
import org.pactum.core.apportionment.Hamilton;
import org.pactum.core.fairshare.EuAmmr2024Key;
import org.pactum.core.fairshare.FairShares;
import org.pactum.core.fairshare.IndicatorCode;
import org.pactum.core.fairshare.IndicatorData;
import org.pactum.core.fairshare.Participants;
import org.pactum.core.fairshare.StateCode;

/**
 * (a) The eu-ammr-2024 key over 200 states plus a Hamilton apportionment of 30,000 persons: the
 * work behind one fair-share table. Target: under 1 ms after warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KeyAndApportionmentBenchmark {

    static final int STATES = 200;

    private Participants participants;
    private IndicatorData data;
    private final EuAmmr2024Key key = new EuAmmr2024Key();
    private final Hamilton hamilton = new Hamilton();

    @Setup
    public void generateStates() {
        SplittableRandom random = new SplittableRandom(2024);
        List<StateCode> states = syntheticStates(STATES);
        IndicatorData.Builder builder = IndicatorData.forYear(2024);
        for (StateCode state : states) {
            builder.value(IndicatorCode.POPULATION, state, random.nextLong(300_000, 300_000_000))
                    .value(IndicatorCode.GDP, state, random.nextLong(1_000, 5_000_000));
        }
        participants = Participants.of(states);
        data = builder.build();
    }

    /** Three-letter codes AAA, AAB, … standing in for real states. */
    static List<StateCode> syntheticStates(int count) {
        List<StateCode> states = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            char[] code = {(char) ('A' + i / 676), (char) ('A' + i / 26 % 26), (char) ('A' + i % 26)};
            states.add(StateCode.of(new String(code)));
        }
        return states;
    }

    @Benchmark
    public Apportionment keyAndHamiltonOver200States() {
        FairShares shares = key.compute(participants, data);
        return hamilton.apportion(shares, 30_000);
    }
}
