package org.pactum.register.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.pactum.core.register.CompactRange;
import org.pactum.core.register.Hash;
import org.pactum.core.register.MerkleTreeHash;
import org.pactum.core.register.SignedTreeHead;
import org.pactum.core.register.TreeHead;

/**
 * The register's log in its tables, on one JDBC connection and inside the caller's transaction
 * (this class neither commits nor closes). Publishing only adds rows to {@code register_pending};
 * {@link #integrate} turns them into entries of the tree in one batch, under a row lock that lets
 * only one application node append at a time:
 *
 * <ol>
 *   <li>lock the single row of {@code register_state} ({@code SELECT ... FOR UPDATE}) and read the
 *       size and time of the latest signed tree head;
 *   <li>read the oldest pending publications, up to the batch size;
 *   <li>check that this node's key is the register's key (the first node to sign registers it);
 *   <li>read the right edge of the tree (its {@link CompactRange}, at most 63 nodes, one query) and
 *       check that it still folds to the root of the latest signed head;
 *   <li>give each publication the next sequence number, write its leaf, append the leaf hashes to
 *       the range, and store the entries and the tiles of the subtrees the append completed (each
 *       tile it starts inserted, each it continues grown in place);
 *   <li>delete the publications, sign the new tree head, keep it in the history and in the state row.
 * </ol>
 *
 * Everything after the lock is one transaction: a crash leaves either the whole batch or nothing.
 */
public final class JdbcRegisterLog {

    private final Connection connection;
    private final JdbcTreeNodeStore nodes;

    public JdbcRegisterLog(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.nodes = new JdbcTreeNodeStore(connection);
    }

    /** The tree's nodes, for proofs. */
    public JdbcTreeNodeStore nodes() {
        return nodes;
    }

    /** Adds publications to the queue of the integrator, in multi-row inserts. */
    public void publish(List<Publication> publications) throws SQLException {
        for (int from = 0; from < publications.size(); from += RegisterSql.CHUNK) {
            List<Publication> chunk = publications.subList(from, Math.min(publications.size(), from + RegisterSql.CHUNK));
            try (PreparedStatement insert = connection.prepareStatement(RegisterSql.insertPending(chunk.size()))) {
                int parameter = 1;
                for (Publication publication : chunk) {
                    insert.setObject(parameter++, utc(publication.publishedAt()));
                    insert.setString(parameter++, publication.kind());
                    insert.setString(parameter++, publication.subject());
                    insert.setString(parameter++, publication.canonicalPayload());
                }
                insert.executeUpdate();
            }
        }
    }

    /**
     * Appends up to {@code maxEntries} pending publications to the tree and signs the new head.
     *
     * @return the entries appended and the new signed tree head, or empty if nothing was pending
     * @throws IllegalStateException if this key is not the register's key, or the stored tree no
     *                               longer matches the latest signed head (the register then refuses to extend it)
     */
    public Optional<IntegratedBatch> integrate(int maxEntries, RegisterSigningKey key, Instant now) throws SQLException {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("a batch holds at least one entry, not " + maxEntries);
        }
        State state = lockState();
        List<Pending> pending = pending(maxEntries);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        requireRegistered(key, now);
        CompactRange range = verifiedRange(state);

        List<LogEntry> entries = new ArrayList<>(pending.size());
        List<String> subjects = new ArrayList<>(pending.size());
        List<Hash> leafHashes = new ArrayList<>(pending.size());
        for (Pending publication : pending) {
            long sequence = range.size() + entries.size();
            byte[] leaf = RegisterLeaf.encode(sequence, publication.publishedAt(), publication.kind(), publication.payload());
            Hash leafHash = MerkleTreeHash.leaf(leaf);
            entries.add(new LogEntry(sequence, publication.publishedAt(), publication.kind(), leaf, leafHash));
            subjects.add(publication.subject());
            leafHashes.add(leafHash);
        }
        CompactRange.AppendedBatch appended = range.append(leafHashes);
        insertEntries(entries, subjects);
        nodes.write(appended.newNodes());
        deletePending(pending);

        long timestamp = Math.max(now.toEpochMilli(), state.timestampMs());
        SignedTreeHead head = key.sign(new TreeHead(appended.treeSize(), Instant.ofEpochMilli(timestamp), appended.root()));
        saveHead(head, key);
        return Optional.of(new IntegratedBatch(range.size(), entries.size(), head));
    }

    /**
     * Signs a head for the current tree if it has none yet (a new register signs its empty tree, so
     * that there is always a head to verify against).
     *
     * @return the head signed, or empty if the current size already has one
     */
    public Optional<SignedTreeHead> signHeadIfMissing(RegisterSigningKey key, Instant now) throws SQLException {
        State state = lockState();
        if (head(state.treeSize()).isPresent()) {
            return Optional.empty();
        }
        requireRegistered(key, now);
        CompactRange range = CompactRange.read(nodes, state.treeSize());
        long timestamp = Math.max(now.toEpochMilli(), state.timestampMs());
        SignedTreeHead head = key.sign(new TreeHead(range.size(), Instant.ofEpochMilli(timestamp), range.root()));
        saveHead(head, key);
        return Optional.of(head);
    }

    /**
     * Locks the register's state row until the transaction ends, as the integrator does, and returns
     * the tree size: for work that must not interleave with an append (such as seeding an empty log).
     */
    public long lockTreeSize() throws SQLException {
        return lockState().treeSize();
    }

    /** The size of the tree under the latest signed head (0 before any). */
    public long treeSize() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(RegisterSql.READ_STATE);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    public long pendingCount() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(RegisterSql.COUNT_PENDING);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The latest signed tree head. */
    public Optional<StoredTreeHead> latestHead() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(RegisterSql.LATEST_HEAD)) {
            return readHead(select);
        }
    }

    /** The signed tree head of this size, if the register signed one. */
    public Optional<StoredTreeHead> head(long treeSize) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(RegisterSql.HEAD_OF_SIZE)) {
            select.setLong(1, treeSize);
            return readHead(select);
        }
    }

    /** The entries at positions [start, end), in order; positions with no stored entry are absent. */
    public List<LogEntry> entries(long start, long end) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(RegisterSql.ENTRIES)) {
            select.setLong(1, start);
            select.setLong(2, end);
            return readEntries(select);
        }
    }

    /** Entries below {@code treeSize}, newest first: {@code limit} of them after skipping {@code offset}. */
    public List<LogEntry> newestEntries(long treeSize, int limit, long offset) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(RegisterSql.ENTRIES_NEWEST_FIRST)) {
            select.setLong(1, treeSize);
            select.setInt(2, limit);
            select.setLong(3, offset);
            return readEntries(select);
        }
    }

    /**
     * The entries below {@code treeSize} about each of these subjects, newest first; subjects with no
     * entry are absent. A subject rarely has more than a few entries (a pledge replaced, an agreement
     * amended), so all of them are returned.
     */
    public Map<String, List<LogEntry>> entriesAbout(Collection<String> subjects, long treeSize) throws SQLException {
        Map<String, List<LogEntry>> found = new LinkedHashMap<>();
        List<String> wanted = List.copyOf(new LinkedHashSet<>(subjects));
        for (int from = 0; from < wanted.size(); from += RegisterSql.CHUNK) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + RegisterSql.CHUNK));
            try (PreparedStatement select = connection.prepareStatement(RegisterSql.entriesAbout(chunk.size()))) {
                int parameter = 1;
                for (String subject : chunk) {
                    select.setString(parameter++, subject);
                }
                select.setLong(parameter, treeSize);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.computeIfAbsent(rows.getString(6), s -> new ArrayList<>()).add(entry(rows));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Whether the latest publication about this subject, waiting or in the log, is this very fact
     * (the same kind and the same canonical payload). A publisher whose event may be delivered again
     * after a crash asks this first, so that the fact is published once.
     */
    public boolean latestAboutIs(String subject, String kind, String canonicalPayload) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(RegisterSql.LATEST_PENDING_ABOUT)) {
            select.setString(1, subject);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    return rows.getString(1).equals(kind) && rows.getString(2).equals(canonicalPayload);
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement(RegisterSql.LATEST_ENTRY_ABOUT)) {
            select.setString(1, subject);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getString(1).equals(kind)
                        && RegisterLeaf.carries(rows.getBytes(2), kind, canonicalPayload);
            }
        }
    }

    /** How many publications about each of these subjects wait for the integrator; subjects with none are absent. */
    public Map<String, Long> pendingAbout(Collection<String> subjects) throws SQLException {
        Map<String, Long> found = new LinkedHashMap<>();
        List<String> wanted = List.copyOf(new LinkedHashSet<>(subjects));
        for (int from = 0; from < wanted.size(); from += RegisterSql.CHUNK) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + RegisterSql.CHUNK));
            try (PreparedStatement select = connection.prepareStatement(RegisterSql.pendingAbout(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
        }
        return found;
    }

    /** The position of the first entry below {@code treeSize} with this leaf hash. */
    public OptionalLong indexOf(Hash leafHash, long treeSize) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(RegisterSql.INDEX_OF_LEAF_HASH)) {
            select.setBytes(1, leafHash.bytes());
            select.setLong(2, treeSize);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                long index = row.getLong(1);
                return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(index);
            }
        }
    }

    /** The keys registered to sign for this register, oldest first. */
    public List<RegisteredKey> keys() throws SQLException {
        List<RegisteredKey> keys = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(RegisterSql.KEYS);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                keys.add(new RegisteredKey(new Hash(rows.getBytes(1)), rows.getString(2)));
            }
        }
        return keys;
    }

    private void requireRegistered(RegisterSigningKey key, Instant now) throws SQLException {
        List<RegisteredKey> keys = keys();
        if (keys.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(RegisterSql.INSERT_KEY)) {
                insert.setBytes(1, key.keyId().bytes());
                insert.setString(2, key.publicKeyBase64());
                insert.setObject(3, utc(now));
                insert.executeUpdate();
            }
        } else if (keys.stream().noneMatch(k -> k.keyId().equals(key.keyId()))) {
            throw new IllegalStateException("this node's signing key (key id " + key.keyId() + ") is not the register's key ("
                    + keys.get(keys.size() - 1).keyId() + "): every node must use the same key file; refusing to sign");
        }
    }

    private CompactRange verifiedRange(State state) throws SQLException {
        CompactRange range = CompactRange.read(nodes, state.treeSize());
        Optional<StoredTreeHead> latest = head(state.treeSize());
        if (latest.isPresent() && !latest.get().signedTreeHead().treeHead().rootHash().equals(range.root())) {
            throw new IllegalStateException("the stored tree of " + state.treeSize() + " entries no longer has the root "
                    + "of its signed tree head: refusing to extend it");
        }
        return range;
    }

    private record State(long treeSize, long timestampMs) {
    }

    private State lockState() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(RegisterSql.LOCK_STATE);
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("register_state has no row: was migration V5 applied?");
            }
            return new State(row.getLong(1), row.getLong(2));
        }
    }

    private record Pending(long id, Instant publishedAt, String kind, String subject, String payload) {
    }

    private List<Pending> pending(int max) throws SQLException {
        List<Pending> pending = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(RegisterSql.READ_PENDING)) {
            select.setInt(1, max);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pending.add(new Pending(rows.getLong(1), instant(rows, 2), rows.getString(3), rows.getString(4),
                            rows.getString(5)));
                }
            }
        }
        return pending;
    }

    private void insertEntries(List<LogEntry> entries, List<String> subjects) throws SQLException {
        for (int from = 0; from < entries.size(); from += RegisterSql.CHUNK) {
            int end = Math.min(entries.size(), from + RegisterSql.CHUNK);
            try (PreparedStatement insert = connection.prepareStatement(RegisterSql.insertEntries(end - from))) {
                int parameter = 1;
                for (int i = from; i < end; i++) {
                    LogEntry entry = entries.get(i);
                    insert.setLong(parameter++, entry.index());
                    insert.setObject(parameter++, utc(entry.publishedAt()));
                    insert.setString(parameter++, entry.kind());
                    insert.setBytes(parameter++, entry.leaf());
                    insert.setBytes(parameter++, entry.leafHash().bytes());
                    insert.setString(parameter++, subjects.get(i));
                }
                insert.executeUpdate();
            }
        }
    }

    private void deletePending(List<Pending> pending) throws SQLException {
        for (int from = 0; from < pending.size(); from += RegisterSql.CHUNK) {
            List<Pending> chunk = pending.subList(from, Math.min(pending.size(), from + RegisterSql.CHUNK));
            try (PreparedStatement delete = connection.prepareStatement(RegisterSql.deletePending(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    delete.setLong(i + 1, chunk.get(i).id());
                }
                delete.executeUpdate();
            }
        }
    }

    private void saveHead(SignedTreeHead signed, RegisterSigningKey key) throws SQLException {
        TreeHead head = signed.treeHead();
        try (PreparedStatement insert = connection.prepareStatement(RegisterSql.INSERT_HEAD)) {
            insert.setLong(1, head.treeSize());
            insert.setLong(2, head.timestamp().toEpochMilli());
            insert.setBytes(3, head.rootHash().bytes());
            insert.setBytes(4, signed.signature());
            insert.setBytes(5, key.keyId().bytes());
            insert.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement(RegisterSql.UPDATE_STATE)) {
            update.setLong(1, head.treeSize());
            update.setLong(2, head.timestamp().toEpochMilli());
            update.executeUpdate();
        }
    }

    private static Optional<StoredTreeHead> readHead(PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            TreeHead head = new TreeHead(row.getLong(1), Instant.ofEpochMilli(row.getLong(2)), new Hash(row.getBytes(3)));
            return Optional.of(new StoredTreeHead(new SignedTreeHead(head, row.getBytes(4)), new Hash(row.getBytes(5))));
        }
    }

    private static List<LogEntry> readEntries(PreparedStatement select) throws SQLException {
        List<LogEntry> entries = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(entry(rows));
            }
        }
        return entries;
    }

    private static LogEntry entry(ResultSet rows) throws SQLException {
        return new LogEntry(rows.getLong(1), instant(rows, 2), rows.getString(3), rows.getBytes(4), new Hash(rows.getBytes(5)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }
}
