package org.pactum.bench.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.pactum.core.register.ConsistencyProof;
import org.pactum.core.register.Hash;
import org.pactum.core.register.InclusionProof;
import org.pactum.core.register.MerkleTreeHash;
import org.pactum.core.register.NodeAddress;
import org.pactum.core.register.RegisterKeys;
import org.pactum.core.register.SignedTreeHead;
import org.pactum.core.register.TileLayout;
import org.pactum.core.register.TreeNodeStore;
import org.pactum.core.register.TreeProofs;
import org.pactum.register.jdbc.IntegratedBatch;
import org.pactum.register.jdbc.JdbcRegisterLog;
import org.pactum.register.jdbc.LogEntry;
import org.pactum.register.jdbc.Publication;
import org.pactum.register.jdbc.RegisterLeaf;
import org.pactum.register.jdbc.RegisterSigningKey;
import org.pactum.register.jdbc.StoredTreeHead;

/**
 * The public register's storage under load, on the server's own code path: the schema is the
 * server's Flyway migrations {@code V5__public_register.sql} and {@code V10__register_tiles.sql},
 * publications go in through
 * {@link JdbcRegisterLog#publish}, the integrator's batches through {@link JdbcRegisterLog#integrate}
 * (row lock, compact range, multi-row inserts, Ed25519 head), and proofs through the core's
 * {@link TreeProofs} over the same {@code JdbcTreeNodeStore} the API uses. What is not measured:
 * Spring's transaction plumbing and the HTTP layer.
 *
 * <p>For each target size in turn, the log is grown to that size by a publisher and an integrator
 * running at once on their own connections (as publishing requests and the scheduled integrator do
 * in the server), and the sustained append rate is reported; then inclusion and consistency proofs
 * for random positions are timed one by one, each checked against the signed root with the leaf
 * hash recomputed from the stored entry bytes (outside the timing).
 *
 * <pre>
 * java -cp bench/target/pactum-benchmarks.jar org.pactum.bench.register.RegisterStorageBenchmark \
 *     --url jdbc:postgresql://127.0.0.1:5432/pactum_bench --user postgres --fresh --targets 1000000,10000000
 *     [--key-file FILE] [--publish-batch 1000] [--integrate-batch 10000] [--samples 20000] [--warmup 2000]
 *     [--read-tiles-first]
 * </pre>
 */
public final class RegisterStorageBenchmark {

    private static final List<String> STATES = List.of("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN",
            "FRA", "DEU", "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK",
            "SVN", "ESP", "SWE");

    private final Options options;
    private final RegisterSigningKey key;

    private RegisterStorageBenchmark(Options options) throws IOException {
        this.options = options;
        this.key = signingKey(options.keyFile);
    }

    /** The register's key: read from the key file if it exists (to grow a log over several runs), else new. */
    private static RegisterSigningKey signingKey(Optional<Path> file) throws IOException {
        if (file.isPresent() && Files.exists(file.get())) {
            List<String> lines = Files.readAllLines(file.get());
            return new RegisterSigningKey(RegisterKeys.privateKeyFromBase64(lines.get(0)),
                    RegisterKeys.publicKeyFromBase64(lines.get(1)));
        }
        KeyPair pair = RegisterKeys.generate();
        if (file.isPresent()) {
            Files.writeString(file.get(), RegisterKeys.privateKeyToBase64(pair.getPrivate()) + "\n"
                    + RegisterKeys.publicKeyToBase64(pair.getPublic()) + "\n");
        }
        return new RegisterSigningKey(pair.getPrivate(), pair.getPublic());
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        new RegisterStorageBenchmark(options).run();
    }

    private void run() throws Exception {
        try (Connection connection = connect()) {
            System.out.printf("database: %s%njava: %s %s, %d processors%nload average: %s%n", databaseVersion(connection),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), loadAverage());
            if (options.fresh) {
                createSchema(connection);
            }
        }
        for (long target : options.targets) {
            grow(target);
            analyze();
            reportTableSizes();
            if (options.readTilesFirst) {
                readEveryTile();
            }
            measureProofs(target);
            System.out.printf("load average: %s%n", loadAverage());
        }
    }

    /** Grows the log to {@code target} entries with a publisher and an integrator running at once. */
    private void grow(long target) throws Exception {
        long start;
        try (Connection connection = connect()) {
            start = new JdbcRegisterLog(connection).treeSize();
        }
        if (start >= target) {
            System.out.printf("%nlog already holds %,d entries%n", start);
            return;
        }
        System.out.printf("%nappending %,d entries (from %,d to %,d): publish transactions of %,d, integrator batches of %,d%n",
                target - start, start, target, options.publishBatch, options.integrateBatch);
        AtomicLong integrated = new AtomicLong(start);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread publisher = new Thread(() -> {
            try (Connection connection = connect()) {
                connection.setAutoCommit(false);
                JdbcRegisterLog log = new JdbcRegisterLog(connection);
                long published = start;
                while (published < target && failure.get() == null) {
                    // keep at most a few batches ahead of the integrator, as a steady stream of publishers would
                    if (published - integrated.get() > 4L * options.integrateBatch) {
                        Thread.sleep(1);
                        continue;
                    }
                    int count = (int) Math.min(options.publishBatch, target - published);
                    log.publish(publications(published, count));
                    connection.commit();
                    published += count;
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }, "publisher");
        long began = System.nanoTime();
        publisher.start();
        long windowStart = began;
        long windowEntries = 0;
        long window = Math.max(options.integrateBatch, (target - start) / 10);
        double slowestWindow = Double.MAX_VALUE;
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            JdbcRegisterLog log = new JdbcRegisterLog(connection);
            while (integrated.get() < target && failure.get() == null) {
                Optional<IntegratedBatch> batch = log.integrate(options.integrateBatch, key, Instant.now());
                connection.commit();
                if (batch.isEmpty()) {
                    Thread.sleep(1);
                    continue;
                }
                integrated.addAndGet(batch.get().entries());
                windowEntries += batch.get().entries();
                if (windowEntries >= window || integrated.get() >= target) {
                    long now = System.nanoTime();
                    double rate = windowEntries / ((now - windowStart) / 1e9);
                    slowestWindow = Math.min(slowestWindow, rate);
                    System.out.printf("  at %,12d entries: %,9.0f appends/s over the last %,d%n", integrated.get(), rate,
                            windowEntries);
                    windowStart = now;
                    windowEntries = 0;
                }
            }
        }
        publisher.join();
        if (failure.get() != null) {
            throw new IllegalStateException("the publisher failed", failure.get());
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("APPENDS %,d entries in %.1f s: %,.0f appends/s sustained (slowest window %,.0f/s)%n",
                target - start, seconds, (target - start) / seconds, slowestWindow);
    }

    /**
     * Refreshes the planner's statistics of the grown tables, as autovacuum does on a PostgreSQL
     * server in its default configuration (and H2 on its own). Without it, a table that grew by
     * millions of rows since it was last analysed is planned as if it were tiny.
     */
    private void analyze() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().startsWith("H2");
            long began = System.nanoTime();
            for (String table : List.of("register_entry", "register_tile", "register_tree_head")) {
                statement.execute(h2 ? "ANALYZE TABLE " + table : "ANALYZE " + table);
            }
            System.out.printf("ANALYZE of the register's tables: %.1f s%n", (System.nanoTime() - began) / 1e9);
        }
    }

    /**
     * Reads every tile once, as a register that has served proofs for a while has done, so that the
     * proofs are timed with the tiles in the database's and the operating system's caches.
     */
    private void readEveryTile() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.setFetchSize(1000);
            long began = System.nanoTime();
            long tiles = 0;
            long bytes = 0;
            try (ResultSet rows = statement.executeQuery("SELECT hashes FROM register_tile")) {
                while (rows.next()) {
                    bytes += rows.getBytes(1).length;
                    tiles++;
                }
            }
            connection.commit();
            System.out.printf(Locale.ROOT, "read every tile first: %,d tiles, %,.1f MiB in %.1f s%n", tiles, mebibytes(bytes),
                    (System.nanoTime() - began) / 1e9);
        }
    }

    /** On PostgreSQL, the size on disk of each of the register's tables: the table, its TOAST table and its indexes. */
    private void reportTableSizes() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            if (!connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
                return;
            }
            try (ResultSet rows = statement.executeQuery("SELECT c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid), "
                    + "pg_relation_size(c.oid), COALESCE(pg_total_relation_size(NULLIF(c.reltoastrelid, 0)), 0), "
                    + "pg_indexes_size(c.oid) FROM pg_class c WHERE c.relkind = 'r' AND c.relname LIKE 'register\\_%' "
                    + "ORDER BY c.relname")) {
                while (rows.next()) {
                    System.out.printf(Locale.ROOT, "TABLE %-18s about %,d rows: %,.1f MiB in all (table %,.1f MiB, "
                            + "TOAST %,.1f MiB, indexes %,.1f MiB)%n", rows.getString(1), rows.getLong(2),
                            mebibytes(rows.getLong(3)), mebibytes(rows.getLong(4)), mebibytes(rows.getLong(5)),
                            mebibytes(rows.getLong(6)));
                }
            }
            try (ResultSet row = statement.executeQuery("SELECT pg_database_size(current_database())")) {
                row.next();
                System.out.printf(Locale.ROOT, "DATABASE %,.1f MiB%n", mebibytes(row.getLong(1)));
            }
        }
    }

    private static double mebibytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /** Times inclusion and consistency proofs at tree size {@code size}, one query each, and checks them. */
    private void measureProofs(long size) throws SQLException {
        try (Connection connection = connect()) {
            JdbcRegisterLog log = new JdbcRegisterLog(connection);
            SignedTreeHead head = log.head(size).map(StoredTreeHead::signedTreeHead).orElseThrow(() ->
                    new IllegalStateException("no signed tree head of size " + size));
            if (!head.verify(key.publicKey())) {
                throw new IllegalStateException("the head of size " + size + " does not verify");
            }
            Hash root = head.treeHead().rootHash();
            TreeProofs proofs = new TreeProofs(log.nodes());
            SplittableRandom random = new SplittableRandom(20261123L ^ size);

            for (int i = 0; i < options.warmup; i++) {
                proofs.inclusionProof(random.nextLong(size), size);
            }
            long[] inclusion = new long[options.samples];
            InclusionProof[] made = new InclusionProof[options.samples];
            for (int i = 0; i < options.samples; i++) {
                long index = random.nextLong(size);
                long began = System.nanoTime();
                made[i] = proofs.inclusionProof(index, size);
                inclusion[i] = System.nanoTime() - began;
            }
            // checked afterwards, so that reading the entries does not disturb the timed proofs
            int minPath = Integer.MAX_VALUE;
            int maxPath = 0;
            long pathTotal = 0;
            for (InclusionProof proof : made) {
                LogEntry entry = log.entries(proof.leafIndex(), proof.leafIndex() + 1).get(0);
                if (!proof.verify(MerkleTreeHash.leaf(entry.leaf()), root)) {
                    throw new IllegalStateException("the inclusion proof of " + proof.leafIndex() + " at " + size
                            + " does not verify");
                }
                minPath = Math.min(minPath, proof.path().size());
                maxPath = Math.max(maxPath, proof.path().size());
                pathTotal += proof.path().size();
            }
            System.out.printf("INCLUSION at %,d leaves, %,d proofs: %s; path %d to %d hashes (mean %.1f, %d to %d bytes)%n",
                    size, options.samples, percentiles(inclusion), minPath, maxPath, (double) pathTotal / options.samples,
                    minPath * Hash.LENGTH, maxPath * Hash.LENGTH);
            ShapeOnly shape = new ShapeOnly();
            TreeProofs shapes = new TreeProofs(shape);
            for (InclusionProof proof : made) {
                shapes.inclusionProof(proof.leafIndex(), size);
            }
            System.out.printf(Locale.ROOT, "  read per inclusion proof: %s%n", shape.summary());

            long[] consistency = new long[options.samples / 4];
            ConsistencyProof[] consistent = new ConsistencyProof[consistency.length];
            for (int i = 0; i < consistency.length; i++) {
                long first = 1 + random.nextLong(size - 1);
                long began = System.nanoTime();
                consistent[i] = proofs.consistencyProof(first, size);
                consistency[i] = System.nanoTime() - began;
            }
            int maxConsistency = 0;
            for (ConsistencyProof proof : consistent) {
                long first = proof.firstSize();
                if (!proof.verify(proofs.rootHash(first), root)) {
                    throw new IllegalStateException("the consistency proof from " + first + " to " + size + " does not verify");
                }
                maxConsistency = Math.max(maxConsistency, proof.path().size());
            }
            System.out.printf("CONSISTENCY at %,d leaves, %,d proofs: %s; at most %d hashes (%d bytes)%n",
                    size, consistency.length, percentiles(consistency), maxConsistency, maxConsistency * Hash.LENGTH);
        }
    }

    /**
     * Which nodes a proof reads, and from how many tiles, without reading anything: answers every
     * request with a made-up hash and remembers what was asked (outside the timed proofs).
     */
    private static final class ShapeOnly implements TreeNodeStore {

        private static final Hash ANY = MerkleTreeHash.empty();
        private final List<Integer> nodes = new ArrayList<>();
        private final List<Integer> tiles = new ArrayList<>();

        @Override
        public Optional<Hash> node(NodeAddress address) {
            return Optional.of(ANY);
        }

        @Override
        public Map<NodeAddress, Hash> nodes(Collection<NodeAddress> addresses) {
            nodes.add(addresses.size());
            tiles.add(TileLayout.REGISTER.tilesFor(addresses).size());
            Map<NodeAddress, Hash> all = new LinkedHashMap<>();
            addresses.forEach(address -> all.put(address, ANY));
            return all;
        }

        String summary() {
            IntSummaryStatistics node = nodes.stream().mapToInt(Integer::intValue).summaryStatistics();
            IntSummaryStatistics tile = tiles.stream().mapToInt(Integer::intValue).summaryStatistics();
            return String.format(Locale.ROOT, "%d to %d nodes (mean %.1f) from %d to %d tiles (mean %.2f)",
                    node.getMin(), node.getMax(), node.getAverage(), tile.getMin(), tile.getMax(), tile.getAverage());
        }
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms",
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double at(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** Pledge-like facts of about the size of the register's real entries (a leaf of ~200 bytes). */
    private static List<Publication> publications(long from, int count) {
        List<Publication> publications = new ArrayList<>(count);
        Instant now = Instant.now();
        for (long n = from; n < from + count; n++) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("agreement", "EU-2024-solidarity-pool");
            payload.put("state", STATES.get((int) (n % STATES.size())));
            payload.put("relocations", n % 5000);
            payload.put("contribution", Map.of("amountMinor", n * 2000L, "currency", "EUR"));
            payload.put("reference", "bench-" + n);
            publications.add(new Publication(now, "pledge", "pool/bench/pledge/" + n, RegisterLeaf.canonicalPayload(payload)));
        }
        return publications;
    }

    /**
     * The server's SQL migrations of the register, in the order Flyway applies them; V11, a Java
     * migration, moves an existing register's nodes into tiles and drops {@code register_node}.
     */
    private static final List<String> MIGRATIONS =
            List.of("V5__public_register.sql", "V9__register_subjects.sql", "V10__register_tiles.sql");

    private void createSchema(Connection connection) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("register_pending", "register_entry", "register_node", "register_tile",
                    "register_tree_head", "register_key", "register_state")) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
            for (String migration : MIGRATIONS) {
                String ddl;
                try (InputStream in = RegisterStorageBenchmark.class.getResourceAsStream("/schema/" + migration)) {
                    ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
                }
                for (String sql : ddl.split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
            // what V11 (a Java migration) does to an empty register: nothing to move into tiles
            statement.execute("DROP TABLE register_node");
        }
        System.out.println("schema: created from " + String.join(", ", MIGRATIONS) + " (and register_node dropped, as V11 does)");
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(options.url, options.user, options.password);
    }

    private static String databaseVersion(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        if (product.startsWith("PostgreSQL")) {
            try (Statement statement = connection.createStatement()) {
                for (String setting : List.of("shared_buffers", "autovacuum", "jit", "synchronous_commit")) {
                    try (ResultSet row = statement.executeQuery("SHOW " + setting)) {
                        row.next();
                        product += ", " + setting + " " + row.getString(1);
                    }
                }
            }
        }
        return product;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Command-line options. */
    private record Options(String url, String user, String password, boolean fresh, boolean readTilesFirst,
            List<Long> targets, int publishBatch, int integrateBatch, int samples, int warmup, Optional<Path> keyFile) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            boolean fresh = false;
            boolean readTilesFirst = false;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--fresh")) {
                    fresh = true;
                } else if (args[i].equals("--read-tiles-first")) {
                    readTilesFirst = true;
                } else if (args[i].startsWith("--") && i + 1 < args.length) {
                    values.put(args[i].substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            String url = values.get("url");
            if (url == null) {
                throw new IllegalArgumentException("--url JDBC_URL is required");
            }
            List<Long> targets = Arrays.stream(values.getOrDefault("targets", "1000000").split(","))
                    .map(String::strip).map(Long::parseLong).sorted().toList();
            return new Options(url, values.getOrDefault("user", url.startsWith("jdbc:h2") ? "sa" : "postgres"),
                    values.getOrDefault("password", ""), fresh, readTilesFirst, targets,
                    Integer.parseInt(values.getOrDefault("publish-batch", "1000")),
                    Integer.parseInt(values.getOrDefault("integrate-batch", "10000")),
                    Integer.parseInt(values.getOrDefault("samples", "20000")),
                    Integer.parseInt(values.getOrDefault("warmup", "2000")),
                    Optional.ofNullable(values.get("key-file")).map(Path::of));
        }
    }
}
