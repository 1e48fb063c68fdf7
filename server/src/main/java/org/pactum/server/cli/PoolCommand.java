package org.pactum.server.cli;

import java.util.concurrent.Callable;
import org.pactum.server.fairshare.PoolService;
import org.pactum.server.fairshare.PoolView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pactum pool [ID]}: lists the solidarity pools, or shows one pool's contributions, pledges and gaps as CSV. */
@Command(name = "pool", description = "List solidarity pools, or show one pool's contributions, pledges and gaps (CSV).")
class PoolCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "The pool, e.g. asp-2026")
    String id;

    @Override
    public Integer call() throws Exception {
        return Batch.run(context -> {
            PoolService pools = context.getBean(PoolService.class);
            if (id == null) {
                pools.poolIds().forEach(System.out::println);
                return 0;
            }
            PoolView pool = pools.pool(id).orElse(null);
            if (pool == null) {
                System.err.println("pactum pool: no pool '" + id + "' (known: " + String.join(", ", pools.poolIds()) + ")");
                return PactumCli.BAD_INPUT;
            }
            System.out.println("state,share,quota,fair_share,deducted,due,money_due_eur,pledged_value_eur,gap_eur,gap_relocations,offset_threshold_met");
            for (PoolView.StateLine s : pool.states()) {
                System.out.printf("%s,%s,%s,%d,%d,%d,%d,%.2f,%.2f,%s,%s%n", s.state(), s.share().toPlainString(),
                        s.quota().toPlainString(), s.fairShare(), s.deducted(), s.due(), s.dueMoneyMinor() / 100,
                        s.pledgedValueMinor() / 100.0, s.gapMinor() / 100.0, s.gapRelocations().toPlainString(),
                        s.offsetThresholdMet());
            }
            System.err.printf("%s: %d relocations due of %d; %d pledged; Article 63 union threshold %s%n", pool.name(),
                    pool.totalDue(), pool.relocationReference(), pool.relocationsPledged(),
                    pool.unionRelocationThresholdMet() ? "met" : "not met");
            return 0;
        });
    }
}
