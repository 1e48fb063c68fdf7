package db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactum.core.register.CompactRange;
import org.pactum.core.register.ConsistencyProof;
import org.pactum.core.register.Hash;
import org.pactum.core.register.InclusionProof;
import org.pactum.core.register.MerkleTreeHash;
import org.pactum.core.register.RegisterKeys;
import org.pactum.core.register.SignedTreeHead;
import org.pactum.core.register.TreeHead;
import org.pactum.core.register.TreeNode;
import org.pactum.core.register.TreeProofs;
import org.pactum.register.jdbc.JdbcRegisterLog;
import org.pactum.register.jdbc.LogEntry;
import org.pactum.register.jdbc.Publication;
import org.pactum.register.jdbc.RegisterLeaf;
import org.pactum.register.jdbc.RegisterSigningKey;
import org.pactum.register.jdbc.StoredTreeHead;
import org.pactum.server.testing.TestDatabase;

/**
 * A database whose register was written in the old layout, one {@code register_node} row per
 * complete subtree (every migration before V10), is brought up to date by Flyway: V10 creates the tiles,
 * V11 moves the nodes into them and drops {@code register_node}. Afterwards every signed tree head
 * the register issued still verifies, with inclusion proofs for its entries and consistency proofs
 * to the latest head served from the tiles, and the register appends on top of the moved tree. The
 * old layout is written here with the test's own SQL, as version 0.1 of the register wrote it. On
 * H2 and PostgreSQL (in a schema of its own in the test database).
 */
class RegisterNodesIntoTilesMigrationIT {

    private static final String SCHEMA = "register_tiles_migration";
    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

    private final KeyPair keys = RegisterKeys.generate();
    private final RegisterSigningKey key = new RegisterSigningKey(keys.getPrivate(), keys.getPublic());
    private String url;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        TestDatabase.assumeAvailable();
        if (TestDatabase.isPostgres()) {
            url = TestDatabase.url();
            try (Connection connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        } else {
            url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
    }

    @Test
    void aRegisterInTheOldLayoutKeepsEveryProofAndGoesOnGrowing() throws Exception {
        flyway(lastVersionBeforeTiles()).migrate();
        // sizes on both sides of a full leaf tile (256) and of a full tile of level 1 (65,536 leaves)
        List<Integer> batches = List.of(1, 254, 1, 1, 300, 65_000, 1, 2, 300);
        List<Hash> leafHashes = new ArrayList<>();
        List<SignedTreeHead> heads;
        try (Connection connection = connect()) {
            heads = writeInTheOldLayout(connection, batches, leafHashes);
        }

        flyway(null).migrate();

        try (Connection connection = connect()) {
            assertThat(tableExists(connection, "register_node")).as("register_node dropped").isFalse();
            assertThat(count(connection, "SELECT COUNT(*) FROM register_tile WHERE tile_level = 0"))
                    .isEqualTo((leafHashes.size() + 255) / 256);
            JdbcRegisterLog log = new JdbcRegisterLog(connection);
            TreeProofs proofs = new TreeProofs(log.nodes());
            SignedTreeHead latest = log.latestHead().map(StoredTreeHead::signedTreeHead).orElseThrow();
            assertThat(latest).isEqualTo(heads.get(heads.size() - 1));
            long size = latest.treeHead().treeSize();
            Hash root = latest.treeHead().rootHash();
            assertThat(root).as("the signed root is the tree hash of the entries").isEqualTo(MerkleTreeHash.root(leafHashes));

            SplittableRandom random = new SplittableRandom(11);
            for (SignedTreeHead head : heads) {
                long headSize = head.treeHead().treeSize();
                assertThat(head.verify(key.publicKey())).isTrue();
                assertThat(proofs.rootHash(headSize)).as("root at %d", headSize).isEqualTo(head.treeHead().rootHash());
                ConsistencyProof consistency = proofs.consistencyProof(headSize, size);
                assertThat(consistency.verify(head.treeHead().rootHash(), root)).as("consistency from %d", headSize).isTrue();
                for (long leaf : new long[] {0, headSize - 1, random.nextLong(headSize)}) {
                    LogEntry entry = log.entries(leaf, leaf + 1).get(0);
                    InclusionProof inclusion = proofs.inclusionProof(leaf, headSize);
                    assertThat(inclusion.verify(MerkleTreeHash.leaf(entry.leaf()), head.treeHead().rootHash()))
                            .as("leaf %d at %d", leaf, headSize).isTrue();
                }
            }

            // the register appends on top of the moved tiles, growing the partial ones in place
            connection.setAutoCommit(false);
            log.publish(List.of(new Publication(T0, "pledge", payload(size)),
                    new Publication(T0, "pledge", "pledge/S" + (size + 1), payload(size + 1))));
            SignedTreeHead grown = log.integrate(10, key, T0.plusSeconds(60)).orElseThrow().head();
            connection.commit();
            for (LogEntry entry : log.entries(size, size + 2)) {
                leafHashes.add(entry.leafHash());
            }
            assertThat(grown.treeHead().rootHash()).isEqualTo(MerkleTreeHash.root(leafHashes));
            assertThat(new TreeProofs(log.nodes()).consistencyProof(size, size + 2).verify(root, grown.treeHead().rootHash()))
                    .isTrue();
        }
    }

    @Test
    void aRegisterNodeTableWithAHoleIsNotDropped() throws Exception {
        flyway(lastVersionBeforeTiles()).migrate();
        try (Connection connection = connect()) {
            writeInTheOldLayout(connection, List.of(600), new ArrayList<>());
            try (Statement statement = connection.createStatement()) {
                assertThat(statement.executeUpdate("DELETE FROM register_node WHERE level = 0 AND node_index = 300")).isEqualTo(1);
            }
            connection.commit();
        }
        assertThatThrownBy(() -> flyway(null).migrate()).hasStackTraceContaining("without gaps");
        try (Connection connection = connect()) {
            assertThat(tableExists(connection, "register_node")).isTrue();
            assertThat(count(connection, "SELECT COUNT(*) FROM register_node")).isEqualTo(600 + 300 + 150 + 75 + 37 + 18 + 9 + 4 + 2 + 1 - 1);
        }
    }

    /**
     * Appends batches as the register's first layout did: entries, every node each batch completed,
     * a signed head per batch, the state row. Returns the heads; fills {@code leafHashes}.
     */
    private List<SignedTreeHead> writeInTheOldLayout(Connection connection, List<Integer> batches, List<Hash> leafHashes)
            throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO register_key (key_id, public_key, registered_at) VALUES (?, ?, ?)")) {
            insert.setBytes(1, key.keyId().bytes());
            insert.setString(2, key.publicKeyBase64());
            insert.setObject(3, OffsetDateTime.ofInstant(T0, ZoneOffset.UTC));
            insert.executeUpdate();
        }
        CompactRange range = CompactRange.empty();
        List<SignedTreeHead> heads = new ArrayList<>();
        for (int batch : batches) {
            List<Hash> batchHashes = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO register_entry "
                    + "(leaf_index, published_at, kind, leaf, leaf_hash) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < batch; i++) {
                    long sequence = range.size() + i;
                    Instant publishedAt = T0.plusMillis(sequence);
                    byte[] leaf = RegisterLeaf.encode(sequence, publishedAt, "pledge", payload(sequence));
                    Hash leafHash = MerkleTreeHash.leaf(leaf);
                    insert.setLong(1, sequence);
                    insert.setObject(2, OffsetDateTime.ofInstant(publishedAt, ZoneOffset.UTC));
                    insert.setString(3, "pledge");
                    insert.setBytes(4, leaf);
                    insert.setBytes(5, leafHash.bytes());
                    insert.addBatch();
                    batchHashes.add(leafHash);
                }
                insert.executeBatch();
            }
            CompactRange.AppendedBatch appended = range.append(batchHashes);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO register_node (level, node_index, hash) VALUES (?, ?, ?)")) {
                for (TreeNode node : appended.newNodes()) {
                    insert.setInt(1, node.address().level());
                    insert.setLong(2, node.address().index());
                    insert.setBytes(3, node.hash().bytes());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            range = appended.range();
            leafHashes.addAll(batchHashes);
            Instant time = T0.plusSeconds(heads.size() + 1);
            SignedTreeHead head = key.sign(new TreeHead(range.size(), time, range.root()));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO register_tree_head "
                    + "(tree_size, timestamp_ms, root_hash, signature, key_id) VALUES (?, ?, ?, ?, ?)")) {
                insert.setLong(1, range.size());
                insert.setLong(2, time.toEpochMilli());
                insert.setBytes(3, range.root().bytes());
                insert.setBytes(4, head.signature());
                insert.setBytes(5, key.keyId().bytes());
                insert.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE register_state SET tree_size = ?, timestamp_ms = ? WHERE id = 1")) {
                update.setLong(1, range.size());
                update.setLong(2, time.toEpochMilli());
                update.executeUpdate();
            }
            heads.add(head);
        }
        connection.commit();
        return heads;
    }

    private static String payload(long n) {
        return RegisterLeaf.canonicalPayload(Map.of("state", "S" + (n % 27), "relocations", n % 5000));
    }

    /** The newest migration before V10, which created the tiles: the schema as the old layout left it. */
    private MigrationVersion lastVersionBeforeTiles() {
        MigrationVersion tiles = MigrationVersion.fromVersion("10");
        return Arrays.stream(flyway(null).info().all()).map(MigrationInfo::getVersion)
                .filter(version -> version.compareTo(tiles) < 0).max(MigrationVersion::compareTo).orElseThrow();
    }

    /** Flyway on the test database, up to {@code target} (null: every migration). */
    private Flyway flyway(MigrationVersion target) {
        var configuration = Flyway.configure().dataSource(url, TestDatabase.user(), TestDatabase.password())
                .locations("classpath:db/migration");
        if (TestDatabase.isPostgres()) {
            configuration.schemas(SCHEMA);
        }
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
        if (TestDatabase.isPostgres()) {
            connection.setSchema(SCHEMA);
        }
        return connection;
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), table, null)) {
            return tables.next();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
