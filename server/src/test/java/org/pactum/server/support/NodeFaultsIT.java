package org.pactum.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.core.register.RegisterKeys;
import org.pactum.server.cli.PactumCli;
import org.pactum.server.testing.IntegrationTest;
import org.pactum.server.testing.NodeClient;
import org.pactum.server.testing.PactumNode;
import org.pactum.server.testing.TestDatabase;
import picocli.CommandLine;

/**
 * Faults a register must survive without losing or doubling a public fact. A node of Pactum runs in
 * a JVM of its own ({@link PactumNode}, as {@code pactum serve}) on a file H2 database or a new
 * PostgreSQL database, and an administrator's client sets up solidarity pools through the API, each
 * of which the node puts on the public register once (kind {@code pool-established}, subject
 * {@code pool/<id>}) through the event outbox.
 *
 * <ul>
 * <li>On PostgreSQL, the database drops every connection of the node in the middle of the writes
 * ({@code pg_terminate_backend}, as a database restart or failover does): the node serves again, and
 * every write it acknowledged is stored and either on the register or still in its outbox.</li>
 * <li>On both databases, the node is killed with SIGKILL in the middle of a batch of writes and
 * started again: every acknowledged write is stored, the outbox delivers what the killed node had not,
 * every stored pool is on the register exactly once, and {@code pactum verify-log} finds the log intact.
 * On PostgreSQL the test holds the register's queue locked while the batch runs, so that the killed
 * node surely leaves publications undelivered; on H2, whose file only the node opens, the kill falls
 * where it falls.</li>
 * </ul>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeFaultsIT {

    private static final Duration START = Duration.ofMinutes(6);
    private static final String ESTABLISHED = "pool-established";

    @TempDir
    static Path home;

    private static String databaseUrl;
    private static Path publicKey;
    private static PactumNode node;
    private static NodeClient admin;

    @BeforeAll
    static void startNode() throws Exception {
        TestDatabase.assumeAvailable();
        KeyPair key = RegisterKeys.generate();
        Path privateKey = Files.writeString(home.resolve("register.key"), RegisterKeys.privateKeyToBase64(key.getPrivate()));
        publicKey = Files.writeString(home.resolve("register.pub"), RegisterKeys.publicKeyToBase64(key.getPublic()));
        databaseUrl = TestDatabase.isPostgres() ? TestDatabase.freshPostgresDatabase("_faults")
                : defaultH2Url(home.resolve("node"));
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", databaseUrl);
        properties.put("spring.datasource.username", TestDatabase.user());
        properties.put("spring.datasource.password", TestDatabase.password());
        properties.put("pactum.demo.enabled", "false");
        properties.put("pactum.admin.initial-password", IntegrationTest.PASSWORD);
        properties.put("pactum.register.private-key-file", privateKey.toString());
        properties.put("pactum.register.public-key-file", publicKey.toString());
        properties.put("pactum.register.integrate-every", "500ms");
        node = PactumNode.start("node", home.resolve("node"), properties, START);
        admin = NodeClient.signIn(node.url(), "admin", IntegrationTest.PASSWORD);
    }

    @AfterAll
    static void stopNode() throws InterruptedException {
        if (node != null) {
            node.close();
        }
    }

    @Test
    @Order(1)
    void aDatabaseOutageInTheMiddleOfWritesLosesNoAcknowledgedWrite() throws Exception {
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "an embedded H2 database has no connections to drop");
        Writers writers = new Writers("outage", 2, 15);
        writers.start();
        int terminated = 0;
        for (int round = 1; round <= 2; round++) {
            writers.awaitAttempts(round * 8);
            terminated += terminateConnectionsOfTheNode();
        }
        writers.join();
        assertThat(terminated).as("the node's connections were dropped").isPositive();
        System.out.printf("[faults] outage: %d of %d writes acknowledged, %d refused or failed, %d connections dropped%n",
                writers.acknowledged.size(), writers.attempts.get(), writers.failed.size(), terminated);

        // the node serves again, reads and writes, without a restart
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(admin.get("/countries/DEU").statusCode()).isEqualTo(200);
            assertThat(admin.post("/api/v1/pools", pool("outage-after")).statusCode()).isEqualTo(201);
        });
        writers.acknowledged.add("outage-after");

        // every acknowledged write is stored; its public fact is on the register once, or still in the outbox
        // (a delivery that failed while the database was away is delivered again when a node starts)
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            try (Connection db = connect()) {
                assertThat(storedPools(db, "outage-")).containsAll(writers.acknowledged);
                Map<String, Long> published = publications(db, "outage-");
                Set<String> undelivered = undeliveredPoolEvents(db, "outage-");
                for (String pool : writers.acknowledged) {
                    assertThat(published.getOrDefault(pool, 0L) == 1 || undelivered.contains(pool))
                            .as("pool %s is on the register once (%s) or waits in the outbox", pool, published.get(pool)).isTrue();
                }
                assertThat(published.values()).as("nothing published twice").allMatch(n -> n == 1);
            }
        });
    }

    @Test
    @Order(2)
    void aNodeKilledDuringABatchOfWritesDeliversItsOutboxOnRestartAndPublishesNothingTwice() throws Exception {
        Writers writers = new Writers("crash", 2, 60);
        Connection lock = null;
        if (TestDatabase.isPostgres()) {
            // the node's deliveries to the register wait for this lock, so the kill finds them undelivered
            lock = connect();
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLE register_pending IN EXCLUSIVE MODE");
            }
        }
        writers.killNodeAtAcknowledged(6); // at once, by the writer that receives the sixth acknowledgement
        writers.start();
        writers.join();
        assertThat(node.isAlive()).as("the node was killed").isFalse();
        assertThat(writers.attempts.get()).as("the kill fell in the middle of the batch").isLessThan(120);
        if (lock != null) {
            lock.rollback();
            lock.close();
        }
        int undeliveredAtKill;
        try (Connection db = connect()) {
            undeliveredAtKill = undeliveredPoolEvents(db, "crash-").size();
        } // on H2 the last connection closes the file again, so that the restarted node opens it itself
        System.out.printf("[faults] kill: %d of %d writes acknowledged before the SIGKILL, %d publications undelivered%n",
                writers.acknowledged.size(), writers.attempts.get(), undeliveredAtKill);
        if (TestDatabase.isPostgres()) {
            assertThat(undeliveredAtKill).as("the killed node left publications in its outbox").isPositive();
        }

        node.restart(START);

        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            try (Connection db = connect()) {
                Set<String> stored = storedPools(db, "");
                assertThat(stored).as("every acknowledged write is stored").containsAll(writers.acknowledged);
                assertThat(undeliveredPoolEvents(db, "")).as("the outbox is delivered").isEmpty();
                assertThat(pending(db)).as("the register has appended everything published").isZero();
                Map<String, Long> published = publications(db, "");
                // every pool stored, acknowledged or caught in flight by the kill, is on the register exactly once
                assertThat(published.keySet()).isEqualTo(stored);
                assertThat(published.values()).as("nothing published twice").allMatch(n -> n == 1);
                assertThat(duplicateSubjects(db)).as("no fact published twice under one subject").isEmpty();
            }
        });

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new PactumCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("verify-log", "--url", node.url(), "--state", home.resolve("auditor.json").toString(),
                "--public-key", publicKey.toString(), "--every-entry");
        assertThat(exit).as("verify-log: %s %s", out, err).isZero();
        assertThat(out.toString()).contains("Tree head of");
    }

    /** Clients setting up pools through the API at once, each pool with an identifier of its own. */
    private static final class Writers {
        final String prefix;
        final List<Thread> threads = new ArrayList<>();
        final AtomicInteger attempts = new AtomicInteger();
        final Set<String> acknowledged = new ConcurrentSkipListSet<>();
        final Map<String, String> failed = new ConcurrentHashMap<>();
        final java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
        volatile int killAt;

        Writers(String prefix, int clients, int writesEach) {
            this.prefix = prefix;
            for (int c = 0; c < clients; c++) {
                int client = c;
                threads.add(new Thread(() -> {
                    for (int n = 1; n <= writesEach; n++) {
                        String id = "%s-%d-%03d".formatted(prefix, client, n);
                        try {
                            HttpResponse<String> response = admin.post("/api/v1/pools", pool(id));
                            if (response.statusCode() == 201) {
                                acknowledged.add(id);
                                if (killAt > 0 && acknowledged.size() >= killAt && killed.compareAndSet(false, true)) {
                                    node.kill(); // while the outbox may still be delivering what was just acknowledged
                                }
                            } else {
                                failed.put(id, response.statusCode() + " " + response.body());
                            }
                        } catch (IOException e) {
                            failed.put(id, e.toString());
                            if (!node.isAlive()) {
                                attempts.incrementAndGet();
                                return; // the node is gone: the batch ends here
                            }
                        } catch (InterruptedException e) {
                            return;
                        }
                        attempts.incrementAndGet();
                    }
                }, prefix + "-writer-" + client));
            }
        }

        void start() {
            threads.forEach(Thread::start);
        }

        void join() throws InterruptedException {
            for (Thread thread : threads) {
                thread.join(Duration.ofMinutes(3).toMillis());
            }
        }

        void awaitAttempts(int count) {
            Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> attempts.get() >= count);
        }

        void killNodeAtAcknowledged(int count) {
            killAt = count;
        }
    }

    private static String pool(String id) {
        return """
                {"id": "%s", "name": "Fault test pool %s", "relocationReference": 30000, "financialReferenceEuros": 600000000,
                 "key": "eu-ammr-2024", "method": "hamilton"}""".formatted(id, id);
    }

    /**
     * The file database a node uses when no database is configured, as the application's own settings
     * give it, with {@code AUTO_SERVER=TRUE}: the node opens the file and serves it to the test's connections.
     */
    private static String defaultH2Url(Path nodeHome) throws IOException {
        String settings;
        try (var in = NodeFaultsIT.class.getResourceAsStream("/application.yml")) {
            settings = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var url = java.util.regex.Pattern.compile("\\$\\{PACTUM_DB_URL:(jdbc:h2:file:\\$\\{pactum.home}[^}]*)}").matcher(settings);
        assertThat(url.find()).as("the default database URL in application.yml").isTrue();
        return url.group(1).replace("${pactum.home}", nodeHome.toString()) + ";AUTO_SERVER=TRUE";
    }

    private static int terminateConnectionsOfTheNode() throws SQLException {
        String database = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1);
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(
                "SELECT COUNT(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                        + "WHERE datname = ? AND pid <> pg_backend_pid()")) {
            statement.setString(1, database);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl, TestDatabase.user(), TestDatabase.password());
    }

    private static Set<String> storedPools(Connection db, String prefix) throws SQLException {
        Set<String> pools = new TreeSet<>();
        try (PreparedStatement statement = db.prepareStatement("SELECT id FROM solidarity_pool WHERE id LIKE ?")) {
            statement.setString(1, prefix + "%");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    pools.add(rows.getString(1));
                }
            }
        }
        return pools;
    }

    /** How many entries of the log (appended or pending) establish each pool. */
    private static Map<String, Long> publications(Connection db, String prefix) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("register_entry", "register_pending")) {
            try (PreparedStatement statement = db.prepareStatement("SELECT subject FROM " + table + " WHERE kind = ? AND subject LIKE ?")) {
                statement.setString(1, ESTABLISHED);
                statement.setString(2, "pool/" + prefix + "%");
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        counts.merge(rows.getString(1).substring("pool/".length()), 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    /** The pools whose establishment event has not been delivered to the register's listener. */
    private static Set<String> undeliveredPoolEvents(Connection db, String prefix) throws SQLException {
        Set<String> pools = new TreeSet<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT serialized_event FROM event_publication WHERE completion_date IS NULL "
                        + "AND event_type LIKE '%PoolEstablished' AND listener_id LIKE '%PoolPublications%'")) {
            while (rows.next()) {
                var matcher = java.util.regex.Pattern.compile("\"poolId\"\\s*:\\s*\"([^\"]+)\"").matcher(rows.getString(1));
                if (matcher.find() && matcher.group(1).startsWith(prefix)) {
                    pools.add(matcher.group(1));
                }
            }
        }
        return pools;
    }

    private static long pending(Connection db) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM register_pending")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Facts of a kind that names its record once, found twice under one subject. */
    private static List<String> duplicateSubjects(Connection db) throws SQLException {
        List<String> duplicates = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT kind, subject, COUNT(*) FROM register_entry WHERE kind IN ('pool-established', 'reference-edition') "
                        + "GROUP BY kind, subject HAVING COUNT(*) > 1")) {
            while (rows.next()) {
                duplicates.add(rows.getString(1) + " " + rows.getString(2) + " x" + rows.getLong(3));
            }
        }
        return duplicates;
    }
}
