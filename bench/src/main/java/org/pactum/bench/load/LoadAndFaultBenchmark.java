package org.pactum.bench.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.core.register.RegisterKeys;

/**
 * Load and fault benchmark of two Pactum nodes on one PostgreSQL database, all on the loopback
 * interface. It starts the real application twice ({@code java -jar pactum.jar serve}, each with its
 * own home and port, both signing the register with one key given as files), then:
 *
 * <ol>
 * <li>measures sustained requests per second and latency percentiles of the country profile page,
 * the fair-share calculator ({@code POST /api/v1/fair-shares}) and the register's inclusion proof,
 * with closed-loop clients spread over both nodes, for a fixed time each after a warm-up;</li>
 * <li>restarts PostgreSQL while clients set up solidarity pools on both nodes, then checks that both
 * nodes serve again, that every acknowledged write is stored, and that nothing is published twice;</li>
 * <li>kills the second node with SIGKILL during a batch of writes, starts it again, waits until the
 * outbox is delivered, checks that every stored pool is on the register exactly once and no
 * once-only fact appears twice under one subject, and runs {@code pactum verify-log} over the whole log.</li>
 * </ol>
 *
 * Every phase is bounded in time and in count. Prints one line per figure; exit code 0 when every
 * check passed, 1 otherwise.
 */
public final class LoadAndFaultBenchmark {

    private static final String PASSWORD = "bench-horse-battery-staple";
    private static final String SERVING = "Pactum is running on";
    private static final List<String> STATES = List.of("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA",
            "DEU", "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE");

    private final Map<String, String> options;
    private final Path work;
    private final Path jar;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final List<Node> nodes = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private Path publicKey;
    private String token;

    private LoadAndFaultBenchmark(Map<String, String> options) {
        this.options = options;
        this.work = Path.of(option("work", "/tmp/pactum-bench-load"));
        this.jar = Path.of(option("jar", "server/target/pactum.jar")).toAbsolutePath();
        this.dbUrl = option("url", "jdbc:postgresql://127.0.0.1:5432/pactum_bench_load");
        this.dbUser = option("user", "postgres");
        this.dbPassword = option("password", "");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        LoadAndFaultBenchmark bench = new LoadAndFaultBenchmark(options);
        int exit;
        try {
            exit = bench.run();
        } finally {
            bench.stopNodes();
        }
        System.exit(exit);
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private int run() throws Exception {
        Files.createDirectories(work);
        KeyPair key = RegisterKeys.generate();
        Path privateKey = Files.writeString(work.resolve("register.key"), RegisterKeys.privateKeyToBase64(key.getPrivate()));
        publicKey = Files.writeString(work.resolve("register.pub"), RegisterKeys.publicKeyToBase64(key.getPublic()));
        Duration startTimeout = Duration.ofMinutes(10);
        print("machine", "nproc=%d, load average %s, java %s", Runtime.getRuntime().availableProcessors(), loadAverage(),
                System.getProperty("java.version"));
        Instant started = Instant.now();
        for (String name : List.of("node1", "node2")) {
            Node node = new Node(name, work.resolve(name), freePort(), privateKey);
            nodes.add(node);
            node.launch();
        }
        for (Node node : nodes) {
            node.awaitServing(startTimeout);
        }
        print("start", "both nodes serving after %d s (first start on a new database: reference data loaded once)",
                Duration.between(started, Instant.now()).toSeconds());
        token = issueToken(nodes.get(0).url());

        int clients = Integer.parseInt(option("clients", "8"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(option("warmup-seconds", "10")));
        Duration measure = Duration.ofSeconds(Long.parseLong(option("seconds", "30")));
        if (!options.containsKey("skip-load")) {
            loadPhase(clients, warmup, measure);
        }
        postgresRestartPhase(clients);
        nodeKillPhase(clients);

        if (failures.isEmpty()) {
            print("result", "every check passed");
            return 0;
        }
        failures.forEach(f -> print("FAILED", "%s", f));
        return 1;
    }

    // ---------------------------------------------------------------- load

    private void loadPhase(int clients, Duration warmup, Duration measure) throws Exception {
        long treeSize = Long.parseLong(json(get(nodes.get(0).url() + "/api/v1/log/tree-head").body(), "tree_size"));
        String fairShare = """
                {"key": "eu-ammr-2024", "dataYear": 2024, "total": 30000, "method": "hamilton",
                 "excluded": ["CYP", "GRC", "ITA", "ESP"]}""";
        measure("country profile page GET /countries/{ISO3}", clients, warmup, measure, (client, n, random) ->
                HttpRequest.newBuilder(URI.create(nodeFor(client) + "/countries/" + STATES.get(random.nextInt(STATES.size())))).GET());
        measure("fair-share calculator POST /api/v1/fair-shares", clients, warmup, measure, (client, n, random) ->
                HttpRequest.newBuilder(URI.create(nodeFor(client) + "/api/v1/fair-shares"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(fairShare)));
        measure("inclusion proof GET /api/v1/log/proof/inclusion (tree of " + treeSize + ")", clients, warmup, measure,
                (client, n, random) -> HttpRequest.newBuilder(URI.create(nodeFor(client) + "/api/v1/log/proof/inclusion?index="
                        + random.nextLong(treeSize) + "&tree_size=" + treeSize)).GET());
    }

    interface RequestFactory {
        HttpRequest.Builder next(int client, int n, SplittableRandom random);
    }

    private String nodeFor(int client) {
        return nodes.get(client % nodes.size()).url();
    }

    /** Closed-loop clients, each with its own connection, sending requests back to back. */
    private void measure(String name, int clients, Duration warmup, Duration measure, RequestFactory requests) throws Exception {
        AtomicBoolean recording = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[clients];
        AtomicInteger errors = new AtomicInteger();
        Map<Integer, String> errorExamples = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            int client = c;
            Thread thread = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                SplittableRandom random = new SplittableRandom(42 + client);
                int n = 0;
                while (!stop.get()) {
                    HttpRequest request = requests.next(client, n++, random).timeout(Duration.ofSeconds(30)).build();
                    long begin = System.nanoTime();
                    int status;
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        status = response.statusCode();
                        if (status >= 300 && recording.get()) {
                            errorExamples.putIfAbsent(status, new String(response.body(), StandardCharsets.UTF_8));
                        }
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        return;
                    }
                    long took = System.nanoTime() - begin;
                    if (recording.get()) {
                        if (status >= 200 && status < 300 && counts[client] < mine.length) {
                            mine[counts[client]++] = took;
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                }
            }, "client-" + c);
            thread.start();
            threads.add(thread);
        }
        String loadBefore = loadAverage();
        Thread.sleep(warmup.toMillis());
        recording.set(true);
        long begin = System.nanoTime();
        Thread.sleep(measure.toMillis());
        recording.set(false);
        long elapsed = System.nanoTime() - begin;
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        print("load", "%s: %d clients over 2 nodes, %d s measured after %d s warm-up: %d answers 2xx, %.1f requests/s, "
                + "latency ms p50 %.2f, p90 %.2f, p99 %.2f, max %.2f; %d errors; load average %s -> %s",
                name, clients, measure.toSeconds(), warmup.toSeconds(), total, total / (elapsed / 1e9),
                percentile(all, 0.50), percentile(all, 0.90), percentile(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                errors.get(), loadBefore, loadAverage());
        errorExamples.forEach((status, body) -> print("load", "  error example %d: %s", status, abbreviate(body)));
        if (errors.get() > 0) {
            failures.add(name + ": " + errors.get() + " requests failed under load");
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    // ---------------------------------------------------------------- faults

    /** Clients setting up pools on both nodes, each pool with an identifier of its own; bounded in count. */
    private final class Writers {
        final String prefix;
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final Map<String, String> failed = new ConcurrentHashMap<>();
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicBoolean stop = new AtomicBoolean();
        final List<Thread> threads = new ArrayList<>();
        final AtomicInteger acknowledgedByVictim = new AtomicInteger();
        final AtomicBoolean killed = new AtomicBoolean();
        volatile Node victim;
        volatile int killAt;

        Writers(String prefix, int clients, int writesEach, IntFunction<Node> nodeOfClient) {
            this.prefix = prefix;
            for (int c = 0; c < clients; c++) {
                int client = c;
                threads.add(new Thread(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(3)).build();
                    for (int n = 1; n <= writesEach && !stop.get(); n++) {
                        Node node = nodeOfClient.apply(client);
                        String id = "%s-%d-%04d".formatted(prefix, client, n);
                        try {
                            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(node.url() + "/api/v1/pools"))
                                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(pool(id))).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 201) {
                                acknowledged.add(id);
                                if (node == victim && acknowledgedByVictim.incrementAndGet() >= killAt && killed.compareAndSet(false, true)) {
                                    // at once, while the outbox may still be delivering what the node just acknowledged
                                    node.kill();
                                }
                            } else {
                                failed.put(id, response.statusCode() + " " + abbreviate(response.body()));
                            }
                        } catch (IOException e) {
                            failed.put(id, e.toString());
                            if (!node.alive()) {
                                sleep(200); // a killed node refuses connections until it is back
                            }
                        } catch (InterruptedException e) {
                            return;
                        }
                        attempts.incrementAndGet();
                    }
                }, prefix + "-writer-" + c));
            }
        }

        /** Kills the node with SIGKILL from the writer that receives its {@code count}th acknowledgement, the moment it does. */
        Writers killing(Node node, int count) {
            victim = node;
            killAt = count;
            return this;
        }

        Writers start() {
            threads.forEach(Thread::start);
            return this;
        }

        void join(Duration atMost) throws InterruptedException {
            long deadline = System.nanoTime() + atMost.toNanos();
            for (Thread thread : threads) {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
            stop.set(true);
            for (Thread thread : threads) {
                thread.join(60_000);
            }
        }
    }

    private static String pool(String id) {
        return """
                {"id": "%s", "name": "Benchmark pool %s", "relocationReference": 30000, "financialReferenceEuros": 600000000,
                 "key": "eu-ammr-2024", "dataYear": 2024, "method": "hamilton"}""".formatted(id, id);
    }

    private void postgresRestartPhase(int clients) throws Exception {
        String restart = option("pg-restart", "pg_ctlcluster --skip-systemctl-redirect "
                + listClusters().get(0) + " main restart");
        if (!quietOtherDatabases(Duration.ofMinutes(Long.parseLong(option("wait-quiet-minutes", "10"))))) {
            failures.add("PostgreSQL restart skipped: other databases on the server were in use throughout");
            return;
        }
        int writesEach = Integer.parseInt(option("restart-writes", "100"));
        Writers writers = new Writers("pgrestart", clients, writesEach, c -> nodes.get(c % nodes.size())).start();
        await(() -> writers.attempts.get() >= clients * 3, Duration.ofMinutes(2));
        int before = writers.acknowledged.size();
        Instant restartAt = Instant.now();
        Process process = new ProcessBuilder("bash", "-c", restart).inheritIO().start();
        boolean restarted = process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0;
        print("fault", "PostgreSQL restarted with '%s' (exit %s) after %d acknowledged writes; restart took %d ms",
                restart, restarted ? "0" : "non-zero", before, Duration.between(restartAt, Instant.now()).toMillis());
        if (!restarted) {
            failures.add("PostgreSQL restart command failed");
        }
        writers.join(Duration.ofMinutes(4));
        int acknowledgedDuringRestart = writers.acknowledged.size();
        // both nodes serve again: a page and a write on each
        for (Node node : nodes) {
            Instant since = Instant.now();
            boolean back = await(() -> {
                try {
                    return get(node.url() + "/countries/DEU").statusCode() == 200
                            && post(node.url() + "/api/v1/pools", pool("pgrestart-after-" + node.name())).statusCode() == 201;
                } catch (Exception e) {
                    return false;
                }
            }, Duration.ofMinutes(2));
            print("fault", "%s serves again after the restart: %s (checked within %d ms of the end of the writes)", node.name(), back,
                    Duration.between(since, Instant.now()).toMillis());
            if (!back) {
                failures.add(node.name() + " did not serve again after the PostgreSQL restart");
            } else {
                writers.acknowledged.add("pgrestart-after-" + node.name());
            }
        }
        Map<String, Long> statuses = new TreeMap<>();
        writers.failed.values().forEach(f -> statuses.merge(f.length() > 60 ? f.substring(0, 60) : f, 1L, Long::sum));
        print("fault", "writes during the PostgreSQL restart: %d attempted, %d acknowledged, %d failed %s",
                writers.attempts.get(), acknowledgedDuringRestart, writers.failed.size(), statuses);
        // every acknowledged write is stored; on the register once, or waiting in the outbox (delivered again on a node's restart)
        await(() -> {
            try (Connection db = connect()) {
                return pendingCount(db) == 0;
            } catch (SQLException e) {
                return false;
            }
        }, Duration.ofMinutes(1));
        try (Connection db = connect()) {
            Set<String> stored = storedPools(db, "pgrestart-");
            Set<String> lost = new TreeSet<>(writers.acknowledged);
            lost.removeAll(stored);
            Map<String, Long> published = publications(db, "pgrestart-");
            Set<String> undelivered = undeliveredPools(db, "pgrestart-");
            long twice = published.values().stream().filter(n -> n > 1).count();
            long missing = writers.acknowledged.stream().filter(p -> !published.containsKey(p) && !undelivered.contains(p)).count();
            print("fault", "after the PostgreSQL restart: %d acknowledged, %d of them stored (lost: %s); %d pools stored in all, "
                    + "%d on the register, %d published twice, %d still in the outbox %s, %d acknowledged neither published nor in the outbox",
                    writers.acknowledged.size(), writers.acknowledged.size() - lost.size(), lost, stored.size(), published.size(), twice,
                    undelivered.size(), undelivered, missing);
            if (!lost.isEmpty() || twice > 0 || missing > 0) {
                failures.add("PostgreSQL restart: lost " + lost + ", published twice " + twice + ", neither published nor queued " + missing);
            }
        }
    }

    private void nodeKillPhase(int clients) throws Exception {
        Node victim = nodes.get(1);
        int writesEach = Integer.parseInt(option("kill-writes", "60"));
        int killAt = Integer.parseInt(option("kill-at", "20"));
        int undeliveredBefore;
        try (Connection db = connect()) {
            undeliveredBefore = undeliveredPools(db, "").size();
        }
        Writers writers = new Writers("sigkill", clients, writesEach, c -> nodes.get(c % nodes.size())).killing(victim, killAt).start();
        await(() -> !victim.alive(), Duration.ofMinutes(3));
        int acknowledgedAtKill = writers.acknowledged.size();
        Set<String> undeliveredAtKill;
        try (Connection db = connect()) {
            undeliveredAtKill = undeliveredPools(db, "sigkill-");
        }
        print("fault", "%s killed with SIGKILL at its %dth acknowledged write of the batch (%d acknowledged by both nodes); "
                + "pools waiting in the outbox: %d before the batch, %d of the batch just after the kill %s", victim.name(), killAt,
                acknowledgedAtKill, undeliveredBefore, undeliveredAtKill.size(), undeliveredAtKill);
        Instant restartAt = Instant.now();
        victim.launch();
        victim.awaitServing(Duration.ofMinutes(5));
        print("fault", "%s started again and serving after %d ms", victim.name(), Duration.between(restartAt, Instant.now()).toMillis());
        writers.join(Duration.ofMinutes(4));
        boolean delivered = await(() -> {
            try (Connection db = connect()) {
                return undeliveredPools(db, "").isEmpty() && pendingCount(db) == 0;
            } catch (SQLException e) {
                return false;
            }
        }, Duration.ofMinutes(2));
        try (Connection db = connect()) {
            Set<String> stored = storedPools(db, "");
            Set<String> lost = new TreeSet<>(writers.acknowledged);
            lost.removeAll(stored);
            Map<String, Long> published = publications(db, "");
            Set<String> notPublished = new TreeSet<>(stored);
            notPublished.removeAll(published.keySet());
            List<String> twice = duplicateSubjects(db);
            print("fault", "after the kill and restart: batch %d attempted, %d acknowledged, %d failed (the killed node's share); "
                    + "acknowledged but not stored: %s; outbox delivered: %s; %d pools stored, %d on the register, not on it: %s; "
                    + "once-only facts twice under one subject: %s",
                    writers.attempts.get(), writers.acknowledged.size(), writers.failed.size(), lost, delivered, stored.size(),
                    published.size(), notPublished, twice);
            if (!lost.isEmpty() || !delivered || !notPublished.isEmpty() || !twice.isEmpty()) {
                failures.add("SIGKILL: lost " + lost + ", not published " + notPublished + ", twice " + twice);
            }
        }
        Path state = work.resolve("auditor-state.json");
        Files.deleteIfExists(state);
        Process verify = new ProcessBuilder("java", "-jar", jar.toString(), "verify-log", "--url", nodes.get(0).url(),
                "--state", state.toString(), "--public-key", publicKey.toString(), "--every-entry")
                .redirectErrorStream(true).start();
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = verify.waitFor(5, TimeUnit.MINUTES);
        int exit = finished ? verify.exitValue() : -1;
        print("fault", "pactum verify-log --every-entry on %s: exit %d: %s", nodes.get(0).name(), exit,
                output.strip().replace('\n', ' '));
        if (exit != 0) {
            failures.add("verify-log exit " + exit);
        }
    }

    /** Waits (bounded) until no other database of the server has a client, so that a restart hurts nobody else. */
    private boolean quietOtherDatabases(Duration atMost) throws Exception {
        String mine = dbUrl.substring(dbUrl.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            List<String> others = new ArrayList<>();
            try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(
                    "SELECT DISTINCT datname FROM pg_stat_activity WHERE datname IS NOT NULL AND datname <> ? AND pid <> pg_backend_pid()")) {
                statement.setString(1, mine);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        others.add(rows.getString(1));
                    }
                }
            }
            if (others.isEmpty()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                print("fault", "other databases in use %s: not restarting PostgreSQL under them", others);
                return false;
            }
            print("fault", "waiting for other databases to be idle before restarting PostgreSQL: %s", others);
            Thread.sleep(10_000);
        }
    }

    // ---------------------------------------------------------------- database checks

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
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

    private static Map<String, Long> publications(Connection db, String prefix) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("register_entry", "register_pending")) {
            try (PreparedStatement statement = db.prepareStatement("SELECT subject FROM " + table
                    + " WHERE kind = 'pool-established' AND subject LIKE ?")) {
                statement.setString(1, "pool/" + prefix + "%");
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        counts.merge(rows.getString(1).substring("pool/".length()), 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static final Pattern POOL_ID = Pattern.compile("\"poolId\"\\s*:\\s*\"([^\"]+)\"");

    private static Set<String> undeliveredPools(Connection db, String prefix) throws SQLException {
        Set<String> pools = new TreeSet<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT serialized_event FROM event_publication WHERE completion_date IS NULL "
                        + "AND event_type LIKE '%PoolEstablished' AND listener_id LIKE '%PoolPublications%'")) {
            while (rows.next()) {
                Matcher matcher = POOL_ID.matcher(rows.getString(1));
                if (matcher.find() && matcher.group(1).startsWith(prefix)) {
                    pools.add(matcher.group(1));
                }
            }
        }
        return pools;
    }

    private static long pendingCount(Connection db) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM register_pending")) {
            row.next();
            return row.getLong(1);
        }
    }

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

    // ---------------------------------------------------------------- nodes and HTTP

    /** One node: {@code java -jar pactum.jar serve} with its own home and port, on the shared database and key. */
    private final class Node {
        private final String name;
        private final Path home;
        private final int port;
        private final Path privateKey;
        private Process process;
        private Path log;
        private int launches;

        Node(String name, Path home, int port, Path privateKey) {
            this.name = name;
            this.home = home;
            this.port = port;
            this.privateKey = privateKey;
        }

        String name() {
            return name;
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        boolean alive() {
            return process != null && process.isAlive();
        }

        void launch() throws IOException {
            Files.createDirectories(home);
            log = home.resolve("node-" + (++launches) + ".log");
            ProcessBuilder builder = new ProcessBuilder("java", "-Xmx1g", "-jar", jar.toString(), "serve",
                    "--server.port=" + port, "--server.address=127.0.0.1")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("PACTUM_HOME", home.toString());
            env.put("PACTUM_DB_URL", dbUrl);
            env.put("PACTUM_DB_USER", dbUser);
            env.put("PACTUM_DB_PASSWORD", dbPassword);
            env.put("PACTUM_ADMIN_PASSWORD", PASSWORD);
            env.put("PACTUM_REGISTER_PRIVATE_KEY_FILE", privateKey.toString());
            env.put("PACTUM_REGISTER_PUBLIC_KEY_FILE", publicKey.toString());
            process = builder.start();
        }

        void awaitServing(Duration atMost) throws Exception {
            boolean up = await(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
                }
                try {
                    return Files.readString(log, StandardCharsets.ISO_8859_1).contains(SERVING)
                            && get(url() + "/api/v1/log/tree-head").statusCode() == 200;
                } catch (IOException e) {
                    return false;
                }
            }, atMost);
            if (!up) {
                throw new IllegalStateException(name + " did not serve within " + atMost + "; see " + log);
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL on Linux
            process.waitFor(30, TimeUnit.SECONDS);
        }

        void stop() throws InterruptedException {
            if (alive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    kill();
                }
            }
        }
    }

    private void stopNodes() throws InterruptedException {
        for (Node node : nodes) {
            node.stop();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    /** Signs in as the administrator through the login form and issues an API token, as an integrator would. */
    private static String issueToken(String url) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf(browser, url), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + login.statusCode() + " " + login.headers().map());
        }
        HttpResponse<String> issued = browser.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/tokens"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf(browser, url))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load benchmark\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (issued.statusCode() != 201) {
            throw new IllegalStateException("no token: " + issued.statusCode() + " " + issued.body());
        }
        return json(issued.body(), "secret");
    }

    private static String csrf(HttpClient browser, String url) throws IOException, InterruptedException {
        Matcher matcher = CSRF.matcher(browser.send(HttpRequest.newBuilder(URI.create(url + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    /** A top-level string or number of a small JSON object. */
    private static String json(String body, String field) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"?([^\",}]+)").matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + field + " in " + abbreviate(body));
        }
        return matcher.group(1);
    }

    // ---------------------------------------------------------------- small things

    interface Condition {
        boolean holds() throws Exception;
    }

    private static boolean await(Condition condition, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.holds()) {
                return true;
            }
            Thread.sleep(250);
        }
        return condition.holds();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> listClusters() throws IOException {
        try (var versions = Files.list(Path.of("/etc/postgresql"))) {
            return versions.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void print(String phase, String format, Object... args) {
        System.out.printf("[%s] %s %s%n", Instant.now().toString().substring(11, 19), phase, format.formatted(args));
    }
}
