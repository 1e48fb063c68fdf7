package org.pactum.server.allocation.internal;

import java.time.Duration;
import java.time.Instant;
import org.pactum.server.allocation.AllocationSettings;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.identity.SystemActor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the household rows of every run uploaded longer ago than the retention period, keeping
 * the run and its totals per destination; and marks failed the runs that a stopped node left queued
 * or running (older than the longest time limit and an hour). Several nodes may run it together:
 * each deletion is idempotent.
 */
@Component
public class Retention {

    private final RunRepository repository;
    private final AllocationSettings settings;
    private final TransactionTemplate transactions;
    private final SystemActor system;
    private final AuditTrail audit;

    Retention(RunRepository repository, AllocationSettings settings, TransactionTemplate transactions, SystemActor system, AuditTrail audit) {
        this.repository = repository;
        this.settings = settings;
        this.transactions = transactions;
        this.system = system;
        this.audit = audit;
    }

    @Scheduled(fixedDelayString = "${pactum.allocation.purge-every:PT1H}", initialDelayString = "PT2M")
    void purgeNow() {
        purge(Instant.now());
    }

    /** Deletes what is past retention at {@code now}; returns how many household rows were deleted. */
    public int purge(Instant now) {
        return system.call("allocation-retention", () -> {
            Instant staleBefore = now.minus(settings.maxTimeLimit()).minus(Duration.ofHours(1));
            for (long id : repository.stale(staleBefore)) {
                transactions.executeWithoutResult(status -> {
                    repository.fail(id, "the node solving this run stopped before it finished; nothing was placed: upload it again", now);
                    audit.record("allocation.run.fail", "allocation run " + id, "interrupted: its node stopped");
                });
            }
            int deleted = 0;
            for (long id : repository.pastRetention(now.minus(settings.retention()))) {
                deleted += transactions.execute(status -> {
                    int rows = repository.deleteCases(id, now);
                    audit.record("allocation.retention", "allocation run " + id, rows + " household row(s) deleted after the retention period of "
                            + settings.retention().toDays() + " days; the run's totals remain");
                    return rows;
                });
            }
            return deleted;
        });
    }
}
