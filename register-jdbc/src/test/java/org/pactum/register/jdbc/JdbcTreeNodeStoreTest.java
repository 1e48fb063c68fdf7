package org.pactum.register.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactum.core.register.CompactRange;
import org.pactum.core.register.Hash;
import org.pactum.core.register.InMemoryTreeNodeStore;
import org.pactum.core.register.MerkleTreeHash;
import org.pactum.core.register.NodeAddress;
import org.pactum.core.register.TreeProofs;

/**
 * The tiles in the database answer as the same tree kept node by node in memory, across the sizes
 * where the first two tile levels fill (256 and 65,536 leaves), and every proof is one statement.
 * On an in-memory H2 database with the server's migrations.
 */
class JdbcTreeNodeStoreTest {

    private final AtomicInteger statements = new AtomicInteger();
    private Connection connection;
    private JdbcTreeNodeStore tiles;
    private final InMemoryTreeNodeStore nodes = new InMemoryTreeNodeStore();
    private final List<Hash> leafHashes = new ArrayList<>();
    private CompactRange range = CompactRange.empty();

    @BeforeEach
    void schema() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
        RegisterSchema.create(connection);
        tiles = new JdbcTreeNodeStore(countingStatements(connection));
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void tilesAnswerAsTheNodesDoAcrossTheFirstTwoTileLevels() throws Exception {
        SplittableRandom random = new SplittableRandom(65_536);
        // batches that end just before, at and just after 256 and 65,536 leaves, and a few odd ones
        for (int batch : new int[] {1, 254, 1, 1, 300, 9_000, 10_000, 10_000, 10_000, 10_000, 10_000, 5_978, 1, 1, 4_444}) {
            append(batch, random);
            assertThat(CompactRange.read(tiles, leafHashes.size()).root()).as("root at %d", leafHashes.size())
                    .isEqualTo(range.root());
        }
        int size = leafHashes.size();
        assertThat(size).isEqualTo(65_536 + 4_445);
        assertThat(range.root()).isEqualTo(MerkleTreeHash.root(leafHashes));

        List<NodeAddress> addresses = new ArrayList<>();
        for (int level = 0; level <= 18; level++) {
            for (long index = 0; index <= (size >> level) + 1; index++) {
                addresses.add(new NodeAddress(level, index));
            }
        }
        assertThat(tiles.nodes(addresses)).isEqualTo(nodes.nodes(addresses));

        // 273 full leaf tiles and a partial one, one full tile of level 1 and a partial one, and one at level 2
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT tile_level, COUNT(*), SUM(OCTET_LENGTH(hashes)) FROM register_tile GROUP BY tile_level ORDER BY tile_level")) {
            List<String> counts = new ArrayList<>();
            while (rows.next()) {
                counts.add(rows.getInt(1) + ":" + rows.getLong(2) + ":" + rows.getLong(3));
            }
            assertThat(counts).containsExactly("0:274:" + 32L * size, "1:2:" + 32L * (size / 256), "2:1:32");
        }
    }

    @Test
    void everyProofIsOneStatementAndTheSameAsFromTheNodes() throws Exception {
        SplittableRandom random = new SplittableRandom(9162);
        append(70_000, random);
        TreeProofs fromTiles = new TreeProofs(tiles);
        TreeProofs fromNodes = new TreeProofs(nodes);
        for (int i = 0; i < 200; i++) {
            long size = 1 + random.nextLong(70_000);
            long leaf = random.nextLong(size);
            long earlier = random.nextLong(size + 1);
            statements.set(0);
            assertThat(fromTiles.inclusionProof(leaf, size)).isEqualTo(fromNodes.inclusionProof(leaf, size));
            assertThat(statements).as("statements for an inclusion proof").hasValue(1);
            statements.set(0);
            assertThat(fromTiles.consistencyProof(earlier, size)).isEqualTo(fromNodes.consistencyProof(earlier, size));
            assertThat(statements).as("statements for a consistency proof").hasValueLessThanOrEqualTo(1);
        }
    }

    @Test
    void aWriteThatDoesNotContinueItsTileIsRefused() throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        append(3, random);
        CompactRange before = range;
        append(2, random);
        // the same two leaves again: the first leaf tile now holds 5 hashes, not the 3 they continue
        CompactRange.AppendedBatch again = before.append(leafHashes.subList(3, 5));
        assertThatThrownBy(() -> tiles.write(again.newNodes()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("out of step");
        assertThat(CompactRange.read(tiles, 5).root()).isEqualTo(MerkleTreeHash.root(leafHashes));
    }

    private void append(int count, SplittableRandom random) throws SQLException {
        List<Hash> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] entry = new byte[1 + random.nextInt(40)];
            random.nextBytes(entry);
            batch.add(MerkleTreeHash.leaf(entry));
        }
        CompactRange.AppendedBatch appended = range.append(batch);
        tiles.write(appended.newNodes());
        nodes.write(appended.newNodes());
        range = appended.range();
        leafHashes.addAll(batch);
    }

    /** The connection, counting the statements prepared on it. */
    private Connection countingStatements(Connection target) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
