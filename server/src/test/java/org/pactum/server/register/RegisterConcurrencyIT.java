package org.pactum.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pactum.core.register.Hash;
import org.pactum.core.register.MerkleTreeHash;
import org.pactum.core.register.SignedTreeHead;
import org.pactum.core.register.TreeProofs;
import org.pactum.register.jdbc.IntegratedBatch;
import org.pactum.register.jdbc.JdbcRegisterLog;
import org.pactum.register.jdbc.LogEntry;
import org.pactum.register.jdbc.Publication;
import org.pactum.register.jdbc.RegisterLeaf;
import org.pactum.register.jdbc.RegisterSigningKey;
import org.pactum.server.register.internal.SigningKeyFiles;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several application nodes integrating at once, as behind a load balancer: two extra "nodes" (own
 * connections, own transactions, small batches) race the service's own scheduled integrator while
 * publications keep arriving. The row lock must make them take turns: every publication ends up in
 * the log exactly once, positions have no gaps, and every tree head any of them signed is consistent
 * with every later one.
 */
class RegisterConcurrencyIT extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    SigningKeyFiles keys;

    @Autowired
    RegisterLog log;

    @Autowired
    PublicRegister register;

    @Test
    void nodesIntegratingAtOnceTakeTurns() throws Exception {
        register.integrate();
        long start = log.treeSize();
        String run = "race-" + UUID.randomUUID();
        int publications = 600;
        RegisterSigningKey key = keys.signingKey();
        List<SignedTreeHead> heads = new CopyOnWriteArrayList<>();
        AtomicBoolean publishing = new AtomicBoolean(true);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> publisher = pool.submit(() -> {
                for (int i = 0; i < publications; i += 20) {
                    List<Publication> batch = new ArrayList<>();
                    for (int j = i; j < i + 20; j++) {
                        batch.add(new Publication(Instant.now(), "test.race",
                                RegisterLeaf.canonicalPayload(Map.of("run", run, "n", j))));
                    }
                    inTransaction(registerLog -> {
                        registerLog.publish(batch);
                        return null;
                    });
                }
                publishing.set(false);
                return null;
            });
            List<Future<?>> nodes = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                nodes.add(pool.submit(() -> {
                    while (publishing.get() || inTransaction(JdbcRegisterLog::pendingCount) > 0) {
                        try {
                            inTransaction(registerLog -> registerLog.integrate(37, key, Instant.now()))
                                    .map(IntegratedBatch::head).ifPresent(heads::add);
                        } catch (SQLException e) {
                            // H2 gives up waiting for a row lock after a few seconds: try again, as the scheduler would
                            assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("HYT00");
                        }
                    }
                    return null;
                }));
            }
            publisher.get(2, TimeUnit.MINUTES);
            for (Future<?> node : nodes) {
                node.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        register.integrate();

        long size = log.treeSize();
        List<LogEntry> entries = log.entries(start, size);
        assertThat(entries).extracting(LogEntry::index)
                .containsExactlyElementsOf(java.util.stream.LongStream.range(start, size).boxed().toList());
        List<Integer> numbers = entries.stream().map(LogEntry::leafText).filter(text -> text.contains(run))
                .map(text -> Integer.valueOf(text.replaceAll(".*\"n\":(\\d+),.*", "$1"))).toList();
        List<Integer> sorted = new ArrayList<>(numbers);
        Collections.sort(sorted);
        assertThat(sorted).as("each publication exactly once")
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, publications).boxed().toList());
        assertThat(heads).isNotEmpty();

        List<Hash> leafHashes = new ArrayList<>();
        log.entries(0, size).forEach(entry -> leafHashes.add(MerkleTreeHash.leaf(entry.leaf())));
        SignedTreeHead latest = log.treeHead().orElseThrow();
        assertThat(latest.treeHead().rootHash()).isEqualTo(MerkleTreeHash.root(leafHashes));
        inTransaction(registerLog -> {
            TreeProofs proofs = new TreeProofs(registerLog.nodes());
            for (SignedTreeHead head : heads) {
                long headSize = head.treeHead().treeSize();
                assertThat(head.verify(key.publicKey())).isTrue();
                assertThat(head.treeHead().rootHash()).isEqualTo(MerkleTreeHash.root(leafHashes.subList(0, (int) headSize)));
                assertThat(proofs.consistencyProof(headSize, size).verify(head.treeHead().rootHash(),
                        latest.treeHead().rootHash())).isTrue();
            }
            return null;
        });
    }

    private interface Work<T> {
        T on(JdbcRegisterLog log) throws SQLException;
    }

    /** One transaction on a connection of its own, as another application node would have. */
    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.on(new JdbcRegisterLog(connection));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
