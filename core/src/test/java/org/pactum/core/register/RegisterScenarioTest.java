package org.pactum.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The register's story end to end: pledges are written as canonical JSON entries, appended in
 * batches to a node store, and published under signed tree heads; an auditor who keeps one head
 * and one entry later checks, with nothing but the register's public key, that the entry is still
 * there and that the register only grew. A register that rewrites a pledge is caught.
 */
class RegisterScenarioTest {

    private final KeyPair registerKey = RegisterKeys.generate();
    private final TreeHeadSigner signer = new TreeHeadSigner(registerKey.getPrivate());
    private final InMemoryTreeNodeStore store = new InMemoryTreeNodeStore();
    private final TreeProofs proofs = new TreeProofs(store);

    private static final Map<String, Object> PORTUGAL_PLEDGE = Map.of(
            "kind", "pledge",
            "agreement", "EU-2024-solidarity-pool",
            "state", "PRT",
            "relocations", 420L,
            "contribution", Map.of("amountMinor", 1_250_000_00L, "currency", "EUR"));

    @Test
    void anAuditorHoldsTheRegisterToItsWord() {
        // The register appends a first batch and signs the head.
        List<Map<String, Object>> firstBatch = List.of(
                pledge("DEU", 3500), PORTUGAL_PLEDGE, pledge("FRA", 2100));
        CompactRange range = append(CompactRange.empty(), firstBatch);
        SignedTreeHead firstHead = signer.sign(new TreeHead(range.size(), Instant.parse("2026-03-01T09:00:00Z"), range.root()));

        // The auditor keeps the head, the register's published key and Portugal's entry (leaf 1).
        String publishedKey = RegisterKeys.publicKeyToBase64(registerKey.getPublic());
        byte[] portugalEntry = CanonicalJson.utf8(PORTUGAL_PLEDGE);

        // After a restart the server reads its right edge back and appends a second batch.
        range = append(CompactRange.read(store, range.size()),
                List.of(pledge("ITA", 1800), expenditure("GRC", 4_000_000_00L), pledge("SWE", 900), pledge("NLD", 1200)));
        SignedTreeHead secondHead = signer.sign(new TreeHead(range.size(), Instant.parse("2026-04-01T09:00:00Z"), range.root()));

        // The auditor, with the public key only, checks both heads and the proofs the register serves.
        PublicKey key = RegisterKeys.publicKeyFromBase64(publishedKey);
        assertThat(firstHead.verify(key)).isTrue();
        assertThat(secondHead.verify(key)).isTrue();
        TreeHead first = firstHead.treeHead();
        TreeHead second = secondHead.treeHead();
        assertThat(proofs.consistencyProof(first.treeSize(), second.treeSize())
                .verify(first.rootHash(), second.rootHash())).isTrue();
        assertThat(proofs.inclusionProof(1, second.treeSize())
                .verify(MerkleTreeHash.leaf(portugalEntry), second.rootHash())).isTrue();

        // A register that quietly lowers Portugal's pledge must rebuild its tree, and cannot prove
        // the rebuilt tree extends the head the auditor kept.
        Map<String, Object> lowered = Map.of(
                "kind", "pledge", "agreement", "EU-2024-solidarity-pool", "state", "PRT", "relocations", 42L,
                "contribution", Map.of("amountMinor", 1_250_000_00L, "currency", "EUR"));
        TestLog rewritten = new TestLog();
        rewritten.append(List.of(
                CanonicalJson.utf8(pledge("DEU", 3500)), CanonicalJson.utf8(lowered), CanonicalJson.utf8(pledge("FRA", 2100)),
                CanonicalJson.utf8(pledge("ITA", 1800)), CanonicalJson.utf8(expenditure("GRC", 4_000_000_00L)),
                CanonicalJson.utf8(pledge("SWE", 900)), CanonicalJson.utf8(pledge("NLD", 1200))));
        Hash forgedRoot = rewritten.proofs.rootHash(7);
        assertThat(forgedRoot).isNotEqualTo(second.rootHash());
        assertThat(rewritten.proofs.consistencyProof(3, 7).verify(first.rootHash(), forgedRoot)).isFalse();
        assertThat(rewritten.proofs.inclusionProof(1, 7).verify(MerkleTreeHash.leaf(portugalEntry), forgedRoot)).isFalse();
    }

    private CompactRange append(CompactRange range, List<Map<String, Object>> entries) {
        List<Hash> leafHashes = entries.stream().map(CanonicalJson::utf8).map(MerkleTreeHash::leaf).toList();
        CompactRange.AppendedBatch appended = range.append(leafHashes);
        store.write(appended.newNodes());
        return appended.range();
    }

    private static Map<String, Object> pledge(String state, long relocations) {
        return Map.of("kind", "pledge", "agreement", "EU-2024-solidarity-pool", "state", state,
                "relocations", relocations);
    }

    private static Map<String, Object> expenditure(String state, long amountMinor) {
        return Map.of("kind", "expenditure", "agreement", "EU-2024-solidarity-pool", "state", state,
                "paid", Map.of("amountMinor", amountMinor, "currency", "EUR"));
    }
}
