package org.pactum.server.allocation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pactum.core.allocation.Explanation;
import org.pactum.core.allocation.Infeasibility;
import org.pactum.core.allocation.InfeasibleInstanceException;
import org.pactum.core.allocation.Instance;
import org.pactum.server.allocation.AllocationMode;
import org.pactum.server.allocation.AllocationSettings;
import org.pactum.server.allocation.AllocationSolver;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.identity.SystemActor;
import org.pactum.server.register.PublicRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solves one stored run on a worker thread: takes it from the queue (once, even with several
 * nodes), rebuilds its instance from the stored rows, runs the method, and stores the placement,
 * every household's explanation and the totals per destination in one transaction together with
 * the public register's aggregate fact; or, when no complete placement is found, marks the run
 * failed with the reasons and stores no placement at all.
 */
@Component
public class RunWorker {

    /** The kind of fact published when a run completes. */
    public static final String COMPLETED_KIND = "allocation-run-completed";

    private static final Logger log = LoggerFactory.getLogger(RunWorker.class);

    private final RunRepository repository;
    private final AllocationSettings settings;
    private final TransactionTemplate transactions;
    private final SystemActor system;
    private final AuditTrail audit;
    private final PublicRegister register;

    RunWorker(RunRepository repository, AllocationSettings settings, TransactionTemplate transactions, SystemActor system, AuditTrail audit,
            PublicRegister register) {
        this.repository = repository;
        this.settings = settings;
        this.transactions = transactions;
        this.system = system;
        this.audit = audit;
        this.register = register;
    }

    public static String registerSubject(long run) {
        return "allocation-run/" + run;
    }

    public void solve(long id) {
        system.run("allocation-run", () -> {
            if (!Boolean.TRUE.equals(transactions.execute(status -> repository.start(id, Instant.now())))) {
                return;
            }
            try {
                RunRow run = repository.find(id).orElseThrow();
                Instance instance = repository.instance(run);
                AllocationSolver.Result result = AllocationSolver.solve(instance, AllocationMode.valueOf(run.mode()),
                        Duration.ofMillis(run.timeLimitMillis()), run.weeks(), settings.exactUpTo(), settings.threads());
                transactions.executeWithoutResult(status -> repository.phase(id, "explaining"));
                List<Explanation> explanations = Explanation.of(instance, result.placement());
                transactions.executeWithoutResult(status -> repository.phase(id, "storing"));
                transactions.executeWithoutResult(status -> {
                    Instant now = Instant.now();
                    repository.complete(id, instance, new RunRepository.Outcome(result.method(), result.placement(), result.objective(),
                            result.upperBound().orElse(null), result.lpBound().orElse(null), result.gap().orElse(null), result.provenOptimal(),
                            result.millis()), explanations, now);
                    register.publish(COMPLETED_KIND, registerSubject(id), payload(run, instance, result, now));
                    audit.record("allocation.run.complete", "allocation run " + id, result.method() + ": " + instance.households()
                            + " households placed, objective " + result.objective());
                });
            } catch (InfeasibleInstanceException e) {
                fail(id, e.reasons().stream().map(Infeasibility::describe).collect(Collectors.joining("\n")));
            } catch (RuntimeException | LinkageError e) {
                log.error("Allocation run {} stopped", id, e);
                fail(id, "the solver stopped before a complete placement was found (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); nothing was placed");
            }
        });
    }

    private void fail(long id, String reason) {
        transactions.executeWithoutResult(status -> {
            repository.fail(id, reason, Instant.now());
            audit.record("allocation.run.fail", "allocation run " + id, RunRepository.truncate(reason, 1500));
        });
    }

    /** The aggregate, non-personal facts of a completed run: no household appears in it. */
    static Map<String, Object> payload(RunRow run, Instance instance, AllocationSolver.Result result, Instant completedAt) {
        int m = instance.destinations();
        long[] households = new long[m];
        long[] persons = new long[m];
        for (int i = 0; i < instance.households(); i++) {
            households[result.placement()[i]]++;
            persons[result.placement()[i]] += instance.persons(i);
        }
        List<Map<String, Object>> destinations = new ArrayList<>();
        for (int d = 0; d < m; d++) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("destination", instance.destinationId(d));
            line.put("households", households[d]);
            line.put("persons", persons[d]);
            destinations.add(line);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("run", run.id());
        payload.put("party", run.partyId());
        payload.put("mode", AllocationMode.valueOf(run.mode()).code());
        payload.put("method", result.method());
        payload.put("households", instance.households());
        payload.put("persons", instance.totalPersons());
        payload.put("destinations", destinations);
        payload.put("objective", decimal(result.objective()));
        payload.put("upperBound", result.upperBound().map(RunWorker::decimal).orElse(null));
        payload.put("gap", result.gap().map(RunWorker::decimal).orElse(null));
        payload.put("provenOptimal", result.provenOptimal());
        payload.put("completedAt", completedAt.toString());
        return payload;
    }

    static String decimal(double value) {
        return new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
