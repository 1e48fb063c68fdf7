package org.pactum.register.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactum.core.register.ConsistencyProof;
import org.pactum.core.register.Hash;
import org.pactum.core.register.InclusionProof;
import org.pactum.core.register.MerkleTreeHash;
import org.pactum.core.register.RegisterKeys;
import org.pactum.core.register.SignedTreeHead;
import org.pactum.core.register.TreeProofs;

/**
 * The append path on an in-memory H2 database with the server's migration: batches of publications
 * become a gap-free log whose signed roots equal the Merkle Tree Hash of the stored leaf bytes,
 * computed here by the RFC's recursive definition, and whose proofs verify against them.
 */
class JdbcRegisterLogTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private final KeyPair keys = RegisterKeys.generate();
    private final RegisterSigningKey key = new RegisterSigningKey(keys.getPrivate(), keys.getPublic());
    private Connection connection;
    private JdbcRegisterLog log;

    @BeforeEach
    void schema() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
        RegisterSchema.create(connection);
        connection.setAutoCommit(false);
        log = new JdbcRegisterLog(connection);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void batchesOfPublicationsBecomeAGapFreeLogUnderSignedRoots() throws Exception {
        assertThat(log.signHeadIfMissing(key, T0)).get()
                .satisfies(head -> assertThat(head.treeHead().rootHash()).isEqualTo(MerkleTreeHash.empty()));
        assertThat(log.signHeadIfMissing(key, T0)).isEmpty();

        List<SignedTreeHead> heads = new ArrayList<>();
        int published = 0;
        for (int count : new int[] {1, 2, 5, 1, 13, 1000 + 37}) {
            log.publish(publications(published, count));
            published += count;
            // integrate in pieces of 7 to cross batch boundaries at odd sizes
            Optional<IntegratedBatch> batch;
            while ((batch = log.integrate(7, key, T0.plusSeconds(published))).isPresent()) {
                assertThat(batch.get().entries()).isBetween(1, 7);
                heads.add(batch.get().head());
            }
            connection.commit();
        }
        assertThat(log.treeSize()).isEqualTo(published);
        assertThat(log.pendingCount()).isZero();

        List<LogEntry> entries = log.entries(0, published);
        assertThat(entries).extracting(LogEntry::index).containsExactlyElementsOf(
                java.util.stream.LongStream.range(0, published).boxed().toList());
        List<Hash> leafHashes = new ArrayList<>();
        for (LogEntry entry : entries) {
            String text = new String(entry.leaf(), StandardCharsets.UTF_8);
            assertThat(text).contains("\"sequence\":" + entry.index() + ",");
            assertThat(entry.leafHash()).isEqualTo(MerkleTreeHash.leaf(entry.leaf()));
            leafHashes.add(MerkleTreeHash.leaf(entry.leaf()));
        }

        TreeProofs proofs = new TreeProofs(log.nodes());
        for (SignedTreeHead head : heads) {
            long size = head.treeHead().treeSize();
            assertThat(head.verify(keys.getPublic())).isTrue();
            assertThat(head.treeHead().rootHash()).as("root at %d", size)
                    .isEqualTo(MerkleTreeHash.root(leafHashes.subList(0, (int) size)));
            assertThat(log.head(size)).get().extracting(StoredTreeHead::signedTreeHead).isEqualTo(head);
        }
        Hash root = heads.get(heads.size() - 1).treeHead().rootHash();
        for (int index : new int[] {0, 1, 7, 21, published / 2, published - 1}) {
            InclusionProof proof = proofs.inclusionProof(index, published);
            assertThat(proof.verify(leafHashes.get(index), root)).as("inclusion of %d", index).isTrue();
            assertThat(log.indexOf(leafHashes.get(index), published)).hasValue(index);
        }
        SignedTreeHead early = heads.get(3);
        ConsistencyProof consistency = proofs.consistencyProof(early.treeHead().treeSize(), published);
        assertThat(consistency.verify(early.treeHead().rootHash(), root)).isTrue();
        assertThat(log.latestHead()).get().extracting(StoredTreeHead::signedTreeHead).isEqualTo(heads.get(heads.size() - 1));
        assertThat(log.keys()).extracting(RegisteredKey::keyId).containsExactly(key.keyId());
    }

    @Test
    void anotherKeyRefusesToSign() throws Exception {
        log.publish(publications(0, 3));
        log.integrate(10, key, T0);
        KeyPair other = RegisterKeys.generate();
        log.publish(publications(3, 1));
        assertThatThrownBy(() -> log.integrate(10, new RegisterSigningKey(other.getPrivate(), other.getPublic()), T0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not the register's key");
    }

    @Test
    void aTreeAlteredInTheDatabaseIsNotExtended() throws Exception {
        log.publish(publications(0, 4));
        log.integrate(10, key, T0);
        // the first leaf tile holds the four leaf hashes; zero the third, which the root of the four is computed from
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT hashes FROM register_tile WHERE tile_level = 0 AND tile_index = 0")) {
            assertThat(row.next()).isTrue();
            byte[] hashes = row.getBytes(1);
            assertThat(hashes).hasSize(4 * Hash.LENGTH);
            java.util.Arrays.fill(hashes, 2 * Hash.LENGTH, 3 * Hash.LENGTH, (byte) 0);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE register_tile SET hashes = ? WHERE tile_level = 0 AND tile_index = 0")) {
                update.setBytes(1, hashes);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
        }
        log.publish(publications(4, 1));
        assertThatThrownBy(() -> log.integrate(10, key, T0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("refusing to extend");
    }

    @Test
    void entriesAreFoundByWhatTheyAreAbout() throws Exception {
        String pool = "pool/asp-2026";
        String pledge = "pool/asp-2026/pledge/DEU";
        log.publish(List.of(
                new Publication(T0, "pool-established", pool, "{\"pool\":\"asp-2026\"}"),
                new Publication(T0.plusMillis(1), "pool-pledge", pledge, "{\"relocations\":100}"),
                new Publication(T0.plusMillis(2), "reference-edition", "{\"series\":\"x\"}")));
        assertThat(log.pendingAbout(List.of(pledge, "pool/other"))).isEqualTo(Map.of(pledge, 1L));
        log.integrate(10, key, T0);
        log.publish(List.of(new Publication(T0.plusMillis(3), "pool-pledge", pledge, "{\"relocations\":120}")));

        assertThat(indexes(log.entriesAbout(List.of(pledge), log.treeSize()))).isEqualTo(Map.of(pledge, List.of(1L)));
        assertThat(log.pendingAbout(List.of(pledge))).isEqualTo(Map.of(pledge, 1L));
        log.integrate(10, key, T0);
        assertThat(indexes(log.entriesAbout(List.of(pledge, pool, "pool/other"), log.treeSize())))
                .isEqualTo(Map.of(pledge, List.of(3L, 1L), pool, List.of(0L)));
        assertThat(indexes(log.entriesAbout(List.of(pledge), 3))).isEqualTo(Map.of(pledge, List.of(1L)));
        assertThat(log.pendingAbout(List.of(pledge))).isEmpty();
    }

    private static Map<String, List<Long>> indexes(Map<String, List<LogEntry>> entries) {
        Map<String, List<Long>> indexes = new java.util.HashMap<>();
        entries.forEach((subject, list) -> indexes.put(subject, list.stream().map(LogEntry::index).toList()));
        return indexes;
    }

    @Test
    void aSubjectNamesARecordTypeAndIdentifier() {
        for (String wrong : List.of("", "agreement", "Agreement/X", "agreement/", "agreement/has space", "x/" + "y".repeat(200))) {
            assertThatThrownBy(() -> new Publication(T0, "pool-pledge", wrong, "{}"))
                    .as(wrong).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("record type and identifier");
        }
        assertThat(new Publication(T0, "pool-pledge", "pool/asp-2026/pledge/DEU", "{}").subject())
                .isEqualTo("pool/asp-2026/pledge/DEU");
    }

    @Test
    void headTimesNeverGoBackwards() throws Exception {
        log.publish(publications(0, 1));
        SignedTreeHead first = log.integrate(10, key, T0).orElseThrow().head();
        log.publish(publications(1, 1));
        SignedTreeHead second = log.integrate(10, key, T0.minusSeconds(60)).orElseThrow().head();
        assertThat(second.treeHead().timestamp()).isEqualTo(first.treeHead().timestamp());
    }

    private static List<Publication> publications(int from, int count) {
        List<Publication> publications = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            publications.add(new Publication(T0.plusMillis(i), "pledge",
                    RegisterLeaf.canonicalPayload(Map.of("state", "S" + i, "relocations", i))));
        }
        return publications;
    }
}
