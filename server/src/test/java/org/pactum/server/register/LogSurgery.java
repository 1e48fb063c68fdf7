package org.pactum.server.register;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.pactum.core.register.CompactRange;
import org.pactum.core.register.Hash;
import org.pactum.core.register.NodeAddress;
import org.pactum.core.register.SignedTreeHead;
import org.pactum.core.register.TreeHead;
import org.pactum.register.jdbc.RegisterSigningKey;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a dishonest operator (or a bad disk) could do to the register's tables, straight in SQL and
 * outside the application, and how to put everything back afterwards so that the other tests, which
 * share the database, see the register as it was. Every operation returns the undo; use it in
 * try-with-resources.
 */
final class LogSurgery {

    /** Puts the tables back as they were before the operation. */
    interface Undo extends AutoCloseable {
        @Override
        void close();
    }

    private final JdbcTemplate jdbc;

    LogSurgery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the bytes of one entry (and nothing else) with {@code altered}. */
    Undo replaceLeaf(long index, byte[] altered) {
        byte[] original = jdbc.queryForObject("SELECT leaf FROM register_entry WHERE leaf_index = ?", byte[].class, index);
        jdbc.update("UPDATE register_entry SET leaf = ? WHERE leaf_index = ?", altered, index);
        return () -> jdbc.update("UPDATE register_entry SET leaf = ? WHERE leaf_index = ?", original, index);
    }

    /** Deletes one entry row. */
    Undo removeEntry(long index) {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM register_entry WHERE leaf_index = ?", index);
        jdbc.update("DELETE FROM register_entry WHERE leaf_index = ?", index);
        return () -> insertEntries(List.of(row));
    }

    /** Flips a bit of the latest tree head's signature. */
    Undo corruptLatestSignature() {
        Map<String, Object> head = jdbc.queryForMap(
                "SELECT tree_size, signature FROM register_tree_head ORDER BY tree_size DESC LIMIT 1");
        byte[] original = (byte[]) head.get("signature");
        byte[] corrupted = original.clone();
        corrupted[0] ^= 1;
        long size = ((Number) head.get("tree_size")).longValue();
        jdbc.update("UPDATE register_tree_head SET signature = ? WHERE tree_size = ?", corrupted, size);
        return () -> jdbc.update("UPDATE register_tree_head SET signature = ? WHERE tree_size = ?", original, size);
    }

    /**
     * Cuts the log back to its first {@code size} entries, as an operator with the signing key would to
     * make entries disappear: deletes the later entries, every subtree that reaches past them and the
     * later tree heads, and signs a fresh head for the shortened tree, so that the register goes on
     * serving (and appending to) a log that is consistent in itself.
     */
    Undo truncate(long size, RegisterSigningKey key) {
        List<Map<String, Object>> entries = jdbc.queryForList("SELECT * FROM register_entry WHERE leaf_index >= ?", size);
        List<Map<String, Object>> nodes = jdbc.queryForList("SELECT * FROM register_node").stream()
                .filter(node -> reachesPast(node, size)).toList();
        List<Map<String, Object>> heads = jdbc.queryForList("SELECT * FROM register_tree_head WHERE tree_size >= ?", size);
        Map<String, Object> state = jdbc.queryForMap("SELECT tree_size, timestamp_ms FROM register_state WHERE id = 1");

        jdbc.update("DELETE FROM register_entry WHERE leaf_index >= ?", size);
        deleteNodesReachingPast(size);
        jdbc.update("DELETE FROM register_tree_head WHERE tree_size >= ?", size);
        CompactRange range = CompactRange.read(new NodesOneByOne(jdbc), size);
        long now = Math.max(Instant.now().toEpochMilli(), ((Number) state.get("timestamp_ms")).longValue());
        SignedTreeHead forged = key.sign(new TreeHead(size, Instant.ofEpochMilli(now), range.root()));
        jdbc.update("INSERT INTO register_tree_head (tree_size, timestamp_ms, root_hash, signature, key_id) VALUES (?, ?, ?, ?, ?)",
                size, now, range.root().bytes(), forged.signature(), key.keyId().bytes());
        jdbc.update("UPDATE register_state SET tree_size = ?, timestamp_ms = ? WHERE id = 1", size, now);

        return () -> {
            jdbc.update("DELETE FROM register_pending");
            jdbc.update("DELETE FROM register_entry WHERE leaf_index >= ?", size);
            deleteNodesReachingPast(size);
            jdbc.update("DELETE FROM register_tree_head WHERE tree_size >= ?", size);
            insertEntries(entries);
            jdbc.batchUpdate("INSERT INTO register_node (level, node_index, hash) VALUES (?, ?, ?)", nodes.stream()
                    .map(node -> new Object[] {node.get("level"), node.get("node_index"), node.get("hash")}).toList());
            for (Map<String, Object> head : heads) {
                jdbc.update("INSERT INTO register_tree_head (tree_size, timestamp_ms, root_hash, signature, key_id) "
                        + "VALUES (?, ?, ?, ?, ?)", head.get("tree_size"), head.get("timestamp_ms"), head.get("root_hash"),
                        head.get("signature"), head.get("key_id"));
            }
            jdbc.update("UPDATE register_state SET tree_size = ?, timestamp_ms = ? WHERE id = 1",
                    state.get("tree_size"), state.get("timestamp_ms"));
        };
    }

    /** The subtrees that are not complete in a tree of {@code size} leaves: those with leaves at {@code size} or later. */
    private static boolean reachesPast(Map<String, Object> node, long size) {
        int level = ((Number) node.get("level")).intValue();
        long index = ((Number) node.get("node_index")).longValue();
        return index >= size >> level;
    }

    private void deleteNodesReachingPast(long size) {
        for (int level = 0; level <= NodeAddress.MAX_LEVEL; level++) {
            jdbc.update("DELETE FROM register_node WHERE level = ? AND node_index >= ?", level, size >> level);
        }
    }

    private void insertEntries(List<Map<String, Object>> rows) {
        jdbc.batchUpdate("INSERT INTO register_entry (leaf_index, published_at, kind, leaf, leaf_hash) VALUES (?, ?, ?, ?, ?)",
                rows.stream().map(row -> new Object[] {row.get("leaf_index"), row.get("published_at"), row.get("kind"),
                    row.get("leaf"), row.get("leaf_hash")}).toList());
    }

    /** Reads nodes one at a time with the test's own SQL, independent of the register's store. */
    private record NodesOneByOne(JdbcTemplate jdbc) implements org.pactum.core.register.TreeNodeStore {
        @Override
        public java.util.Optional<Hash> node(NodeAddress address) {
            return jdbc.queryForList("SELECT hash FROM register_node WHERE level = ? AND node_index = ?", byte[].class,
                    address.level(), address.index()).stream().findFirst().map(Hash::new);
        }
    }
}
