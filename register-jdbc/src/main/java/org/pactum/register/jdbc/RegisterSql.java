package org.pactum.register.jdbc;

import java.util.StringJoiner;

/**
 * Every SQL statement of the register, in the dialect H2 (PostgreSQL mode) and PostgreSQL 15 share.
 * The tables are created by the server's Flyway migrations {@code V5__public_register.sql} and
 * {@code V10__register_tiles.sql}. Writes
 * of many rows use one multi-row {@code INSERT ... VALUES (...), (...)} per chunk, which both
 * databases execute as a single statement, whatever the JDBC driver's batching settings.
 */
final class RegisterSql {

    /** Rows per multi-row statement: well below PostgreSQL's 65,535 bind parameters. */
    static final int CHUNK = 1000;

    static final String LOCK_STATE = "SELECT tree_size, timestamp_ms FROM register_state WHERE id = 1 FOR UPDATE";

    static final String READ_STATE = "SELECT tree_size, timestamp_ms FROM register_state WHERE id = 1";

    static final String UPDATE_STATE = "UPDATE register_state SET tree_size = ?, timestamp_ms = ? WHERE id = 1";

    static final String READ_PENDING =
            "SELECT id, published_at, kind, subject, payload FROM register_pending ORDER BY id LIMIT ?";

    static final String COUNT_PENDING = "SELECT COUNT(*) FROM register_pending";

    static final String LATEST_PENDING_ABOUT =
            "SELECT kind, payload FROM register_pending WHERE subject = ? ORDER BY id DESC LIMIT 1";

    static final String LATEST_ENTRY_ABOUT =
            "SELECT kind, leaf FROM register_entry WHERE subject = ? ORDER BY leaf_index DESC LIMIT 1";

    static final String INSERT_HEAD =
            "INSERT INTO register_tree_head (tree_size, timestamp_ms, root_hash, signature, key_id) VALUES (?, ?, ?, ?, ?)";

    private static final String HEAD_COLUMNS = "SELECT tree_size, timestamp_ms, root_hash, signature, key_id FROM register_tree_head";

    static final String HEAD_OF_SIZE = HEAD_COLUMNS + " WHERE tree_size = ?";

    static final String LATEST_HEAD = HEAD_COLUMNS + " ORDER BY tree_size DESC LIMIT 1";

    private static final String ENTRY_COLUMNS = "SELECT leaf_index, published_at, kind, leaf, leaf_hash FROM register_entry";

    static final String ENTRIES = ENTRY_COLUMNS + " WHERE leaf_index >= ? AND leaf_index < ? ORDER BY leaf_index";

    static final String ENTRIES_NEWEST_FIRST =
            ENTRY_COLUMNS + " WHERE leaf_index < ? ORDER BY leaf_index DESC LIMIT ? OFFSET ?";

    static final String INDEX_OF_LEAF_HASH =
            "SELECT MIN(leaf_index) FROM register_entry WHERE leaf_hash = ? AND leaf_index < ?";

    static final String KEYS = "SELECT key_id, public_key FROM register_key ORDER BY registered_at";

    static final String INSERT_KEY = "INSERT INTO register_key (key_id, public_key, registered_at) VALUES (?, ?, ?)";

    private RegisterSql() {
    }

    /** {@code INSERT INTO register_pending ...} for {@code rows} publications. */
    static String insertPending(int rows) {
        return "INSERT INTO register_pending (published_at, kind, subject, payload) VALUES " + values(rows, 4);
    }

    /** {@code INSERT INTO register_entry ...} for {@code rows} entries. */
    static String insertEntries(int rows) {
        return "INSERT INTO register_entry (leaf_index, published_at, kind, leaf, leaf_hash, subject) VALUES "
                + values(rows, 6);
    }

    /** {@code DELETE FROM register_pending ...} for {@code rows} ids. */
    static String deletePending(int rows) {
        return "DELETE FROM register_pending WHERE id IN (" + placeholders(rows) + ")";
    }

    /** The entries about {@code count} subjects below a tree size, newest first, with their subject last. */
    static String entriesAbout(int count) {
        return "SELECT leaf_index, published_at, kind, leaf, leaf_hash, subject FROM register_entry WHERE subject IN ("
                + placeholders(count) + ") AND leaf_index < ? ORDER BY leaf_index DESC";
    }

    /** The number of pending publications about each of {@code count} subjects. */
    static String pendingAbout(int count) {
        return "SELECT subject, COUNT(*) FROM register_pending WHERE subject IN (" + placeholders(count) + ") GROUP BY subject";
    }

    private static String values(int rows, int columns) {
        String row = "(" + placeholders(columns) + ")";
        StringJoiner joiner = new StringJoiner(", ");
        for (int i = 0; i < rows; i++) {
            joiner.add(row);
        }
        return joiner.toString();
    }

    private static String placeholders(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("no statement for " + count + " rows");
        }
        return "?" + ", ?".repeat(count - 1);
    }

    // The tree, in tiles (register_tile, migration V10).

    /** Reads {@code count} tiles by address in one statement, on the primary key in both databases. */
    static String selectTiles(int count) {
        return "SELECT tile_level, tile_index, hashes FROM register_tile WHERE (tile_level, tile_index) IN ("
                + values(count, 2) + ")";
    }

    /** {@code INSERT INTO register_tile ...} for {@code rows} tiles an append starts. */
    static String insertTiles(int rows) {
        return "INSERT INTO register_tile (tile_level, tile_index, hashes) VALUES " + values(rows, 3);
    }

    /**
     * Appends hashes to the tile on the right edge of its level, only if it holds exactly the given
     * number of bytes: a tile that holds more or fewer is left as it is and the update counts no row.
     */
    static final String GROW_TILE = "UPDATE register_tile SET hashes = hashes || CAST(? AS BYTEA) "
            + "WHERE tile_level = ? AND tile_index = ? AND OCTET_LENGTH(hashes) = ?";
}
