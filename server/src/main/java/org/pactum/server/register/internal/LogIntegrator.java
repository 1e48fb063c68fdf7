package org.pactum.server.register.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.pactum.core.register.SignedTreeHead;
import org.pactum.register.jdbc.IntegratedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends what was published to the tree, a batch at a time, each batch in its own transaction
 * under a newly signed tree head. Several application nodes may run it at once: the database row
 * lock in {@link org.pactum.register.jdbc.JdbcRegisterLog#integrate} lets one append at a time, and
 * within a node a plain lock keeps its own threads from queueing on the database.
 */
@Component
public class LogIntegrator {

    private static final Logger log = LoggerFactory.getLogger(LogIntegrator.class);

    private final RegisterStorage storage;
    private final SigningKeyFiles keys;
    private final TransactionTemplate transactions;
    private final int batchSize;
    private final Clock clock = Clock.systemUTC();
    private final ReentrantLock lock = new ReentrantLock();
    private volatile String lastFailure;

    LogIntegrator(RegisterStorage storage, SigningKeyFiles keys, PlatformTransactionManager transactionManager,
            RegisterProperties properties) {
        this.storage = storage;
        this.keys = keys;
        // each batch commits on its own, whether or not the caller is in a transaction
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batchSize = properties.batchSize();
    }

    /** What one run did: how many entries it appended and the latest head it signed, if any. */
    public record Outcome(long entriesAppended, Optional<SignedTreeHead> latestHead) {
    }

    /** Appends everything pending, batch by batch, until nothing is left. */
    public Outcome integrate() {
        lock.lock();
        try {
            long appended = 0;
            Optional<SignedTreeHead> latest = Optional.empty();
            while (true) {
                Optional<IntegratedBatch> batch = transactions.execute(status -> storage.run("integrate the register",
                        log -> log.integrate(batchSize, keys.signingKey(), clock.instant())));
                if (batch == null || batch.isEmpty()) {
                    return new Outcome(appended, latest);
                }
                appended += batch.get().entries();
                latest = Optional.of(batch.get().head());
            }
        } finally {
            lock.unlock();
        }
    }

    /** Signs a head for the current tree if there is none (the empty tree of a new register). */
    public Optional<SignedTreeHead> signHeadIfMissing() {
        lock.lock();
        try {
            return transactions.execute(status -> storage.run("sign the register's tree head",
                    log -> log.signHeadIfMissing(keys.signingKey(), clock.instant())));
        } finally {
            lock.unlock();
        }
    }

    /** For the scheduler: integrates, and reports a failure once rather than every few seconds. */
    void integrateAndReport() {
        try {
            Outcome outcome = integrate();
            lastFailure = null;
            outcome.latestHead().ifPresent(head -> log.debug("Register: {} entries appended, tree head of {} signed",
                    outcome.entriesAppended(), head.treeHead().treeSize()));
        } catch (RuntimeException e) {
            String failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (!failure.equals(lastFailure)) {
                log.error("The public register could not integrate its pending publications; they stay pending", e);
                lastFailure = failure;
            }
        }
    }
}
