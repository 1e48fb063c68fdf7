package org.pactum.server.register;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pactum.core.register.Hash;
import org.pactum.core.register.MerkleTreeHash;
import org.pactum.core.register.SignedTreeHead;
import org.pactum.core.register.TileLayout;
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
     * make entries disappear: deletes the later entries, cuts every tile back to the hashes of subtrees
     * that lie wholly within the first {@code size} leaves (deleting tiles left empty) and the later
     * tree heads, and signs a fresh head for the shortened tree, so that the register goes on serving
     * (and appending to) a log that is consistent in itself.
     */
    Undo truncate(long size, RegisterSigningKey key) {
        List<Map<String, Object>> entries = jdbc.queryForList("SELECT * FROM register_entry WHERE leaf_index >= ?", size);
        List<Map<String, Object>> tiles = jdbc.queryForList("SELECT * FROM register_tile");
        List<Map<String, Object>> heads = jdbc.queryForList("SELECT * FROM register_tree_head WHERE tree_size >= ?", size);
        Map<String, Object> state = jdbc.queryForMap("SELECT tree_size, timestamp_ms FROM register_state WHERE id = 1");

        jdbc.update("DELETE FROM register_entry WHERE leaf_index >= ?", size);
        cutTilesBackTo(tiles, size);
        jdbc.update("DELETE FROM register_tree_head WHERE tree_size >= ?", size);
        // the root from the remaining entries' leaf hashes, by the RFC's definition, not from the tiles
        Hash root = MerkleTreeHash.root(jdbc.queryForList("SELECT leaf_hash FROM register_entry WHERE leaf_index < ? "
                + "ORDER BY leaf_index", byte[].class, size).stream().map(Hash::new).toList());
        long now = Math.max(Instant.now().toEpochMilli(), ((Number) state.get("timestamp_ms")).longValue());
        SignedTreeHead forged = key.sign(new TreeHead(size, Instant.ofEpochMilli(now), root));
        jdbc.update("INSERT INTO register_tree_head (tree_size, timestamp_ms, root_hash, signature, key_id) VALUES (?, ?, ?, ?, ?)",
                size, now, root.bytes(), forged.signature(), key.keyId().bytes());
        jdbc.update("UPDATE register_state SET tree_size = ?, timestamp_ms = ? WHERE id = 1", size, now);

        return () -> {
            jdbc.update("DELETE FROM register_pending");
            jdbc.update("DELETE FROM register_entry WHERE leaf_index >= ?", size);
            jdbc.update("DELETE FROM register_tile");
            jdbc.update("DELETE FROM register_tree_head WHERE tree_size >= ?", size);
            insertEntries(entries);
            jdbc.batchUpdate("INSERT INTO register_tile (tile_level, tile_index, hashes) VALUES (?, ?, ?)", tiles.stream()
                    .map(tile -> new Object[] {tile.get("tile_level"), tile.get("tile_index"), tile.get("hashes")}).toList());
            for (Map<String, Object> head : heads) {
                jdbc.update("INSERT INTO register_tree_head (tree_size, timestamp_ms, root_hash, signature, key_id) "
                        + "VALUES (?, ?, ?, ?, ?)", head.get("tree_size"), head.get("timestamp_ms"), head.get("root_hash"),
                        head.get("signature"), head.get("key_id"));
            }
            jdbc.update("UPDATE register_state SET tree_size = ?, timestamp_ms = ? WHERE id = 1",
                    state.get("tree_size"), state.get("timestamp_ms"));
        };
    }

    /**
     * Keeps of each tile only the hashes of subtrees complete in a tree of {@code size} leaves: tile
     * level t holds the subtrees of 256^t leaves, 256 to a tile, so tile k of level t keeps
     * (size / 256^t) - 256 k of them, at most 256 and at least none.
     */
    private void cutTilesBackTo(List<Map<String, Object>> tiles, long size) {
        int height = TileLayout.REGISTER.height();
        for (Map<String, Object> tile : tiles) {
            int level = ((Number) tile.get("tile_level")).intValue();
            long index = ((Number) tile.get("tile_index")).longValue();
            byte[] hashes = (byte[]) tile.get("hashes");
            long complete = (size >> (level * height)) - (index << height);
            int keep = (int) Math.max(0, Math.min(complete, hashes.length / Hash.LENGTH));
            if (keep == 0) {
                jdbc.update("DELETE FROM register_tile WHERE tile_level = ? AND tile_index = ?", level, index);
            } else if (keep < hashes.length / Hash.LENGTH) {
                jdbc.update("UPDATE register_tile SET hashes = ? WHERE tile_level = ? AND tile_index = ?",
                        Arrays.copyOf(hashes, keep * Hash.LENGTH), level, index);
            }
        }
    }

    private void insertEntries(List<Map<String, Object>> rows) {
        jdbc.batchUpdate("INSERT INTO register_entry (leaf_index, published_at, kind, leaf, leaf_hash, subject) "
                + "VALUES (?, ?, ?, ?, ?, ?)", rows.stream().map(row -> new Object[] {row.get("leaf_index"),
                    row.get("published_at"), row.get("kind"), row.get("leaf"), row.get("leaf_hash"), row.get("subject")})
                .toList());
    }
}
