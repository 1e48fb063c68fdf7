package org.pactum.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The RFC 9162 verifiers against the published Certificate Transparency proofs, and against the
 * ways transparency-dev/merkle's verify_test.go corrupts them.
 */
class ProofVerifierTest {

    private static final Hash SOME_HASH =
            Hash.fromHex("abacaba000000000000000000000000000000000000000000060061e00123456");
    private static final Hash EMPTY = MerkleTreeHash.empty();

    @Test
    void thePublishedInclusionProofsVerify() {
        List<Hash> leaves = CtVectors.leaves().stream().map(MerkleTreeHash::leaf).toList();
        for (CtVectors.Inclusion vector : CtVectors.INCLUSION_PROOFS) {
            Hash leaf = leaves.get((int) vector.leafIndex());
            Hash root = CtVectors.root(vector.treeSize());
            List<Hash> path = CtVectors.hashes(vector.path());
            assertThat(ProofVerifier.verifyInclusion(vector.leafIndex(), vector.treeSize(), leaf, path, root))
                    .as("%s", vector).isTrue();
            assertThat(new InclusionProof(vector.leafIndex(), vector.treeSize(), path).verify(leaf, root)).isTrue();
            corruptedInclusions(vector.leafIndex(), vector.treeSize(), path, root, leaf).forEach((what, probe) ->
                    assertThat(probe.verify()).as("%s with %s", vector, what).isFalse());
        }
    }

    @Test
    void thePublishedConsistencyProofsVerify() {
        for (CtVectors.Consistency vector : CtVectors.CONSISTENCY_PROOFS) {
            Hash first = CtVectors.root(vector.firstSize());
            Hash second = CtVectors.root(vector.secondSize());
            List<Hash> path = CtVectors.hashes(vector.path());
            assertThat(new ConsistencyProof(vector.firstSize(), vector.secondSize(), path).verify(first, second))
                    .as("%s", vector).isTrue();
            if (!path.isEmpty()) {
                corruptedConsistencies(vector.firstSize(), vector.secondSize(), first, second, path)
                        .forEach((what, probe) ->
                                assertThat(probe.verify()).as("%s with %s", vector, what).isFalse());
            }
        }
    }

    @Test
    void inclusionInAnEmptyOrTooSmallTreeFails() {
        for (long[] indexAndSize : new long[][] {{0, 0}, {1, 0}, {1, 1}, {2, 1}}) {
            assertThat(ProofVerifier.verifyInclusion(indexAndSize[0], indexAndSize[1], SOME_HASH, List.of(), EMPTY))
                    .isFalse();
        }
        assertThat(ProofVerifier.verifyInclusion(0, 1, SOME_HASH, List.of(), SOME_HASH)).isTrue();
        assertThat(ProofVerifier.verifyInclusion(0, 1, SOME_HASH, List.of(), EMPTY)).isFalse();
    }

    @Test
    void consistencyEdgeCasesAreSettledAsCertificateTransparencySettlesThem() {
        Hash root1 = MerkleTreeHash.leaf("one".getBytes());
        Hash root2 = MerkleTreeHash.leaf("two".getBytes());
        assertThat(ProofVerifier.verifyConsistency(0, 0, EMPTY, EMPTY, List.of())).isTrue();
        assertThat(ProofVerifier.verifyConsistency(0, 1, EMPTY, root2, List.of())).isTrue();
        assertThat(ProofVerifier.verifyConsistency(1, 1, root2, root2, List.of())).isTrue();
        // equal sizes with different roots, or with a proof
        assertThat(ProofVerifier.verifyConsistency(1, 1, root1, root2, List.of())).isFalse();
        assertThat(ProofVerifier.verifyConsistency(1, 1, root1, root1, List.of(EMPTY))).isFalse();
        assertThat(ProofVerifier.verifyConsistency(0, 1, EMPTY, root1, List.of(EMPTY))).isFalse();
        // the empty tree has one root only
        assertThat(ProofVerifier.verifyConsistency(0, 1, root1, root2, List.of())).isFalse();
        // time travel to the past
        assertThat(ProofVerifier.verifyConsistency(1, 0, root1, root2, List.of())).isFalse();
        assertThat(ProofVerifier.verifyConsistency(2, 1, root1, root2, List.of())).isFalse();
        // a real step with an empty proof
        assertThat(ProofVerifier.verifyConsistency(1, 2, root1, root2, List.of())).isFalse();
    }

    @Test
    void proofsOutsideTheTreeCannotBeConstructed() {
        assertThatThrownBy(() -> new InclusionProof(3, 3, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InclusionProof(-1, 3, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConsistencyProof(4, 3, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /** A verification that should fail. */
    interface Probe {
        boolean verify();
    }

    private static Map<String, Probe> corruptedInclusions(long index, long size, List<Hash> path, Hash root, Hash leaf) {
        Map<String, Probe> probes = new java.util.LinkedHashMap<>();
        probes.put("index - 1", () -> ProofVerifier.verifyInclusion(index - 1, size, leaf, path, root));
        probes.put("index + 1", () -> ProofVerifier.verifyInclusion(index + 1, size, leaf, path, root));
        probes.put("index ^ 2", () -> ProofVerifier.verifyInclusion(index ^ 2, size, leaf, path, root));
        probes.put("size * 2", () -> ProofVerifier.verifyInclusion(index, size * 2, leaf, path, root));
        probes.put("size / 2", () -> ProofVerifier.verifyInclusion(index, size / 2, leaf, path, root));
        probes.put("wrong leaf", () -> ProofVerifier.verifyInclusion(index, size, SOME_HASH, path, root));
        probes.put("empty root", () -> ProofVerifier.verifyInclusion(index, size, leaf, path, EMPTY));
        probes.put("random root", () -> ProofVerifier.verifyInclusion(index, size, leaf, path, SOME_HASH));
        probes.put("trailing garbage", () -> ProofVerifier.verifyInclusion(index, size, leaf, append(path, EMPTY), root));
        probes.put("trailing root", () -> ProofVerifier.verifyInclusion(index, size, leaf, append(path, root), root));
        probes.put("preceding garbage", () -> ProofVerifier.verifyInclusion(index, size, leaf, prepend(EMPTY, path), root));
        probes.put("preceding root", () -> ProofVerifier.verifyInclusion(index, size, leaf, prepend(root, path), root));
        for (int i = 0; i < path.size(); i++) {
            List<Hash> flipped = Tampering.flipBit(path, i, 3);
            probes.put("proof[" + i + "] bit 3 flipped", () -> ProofVerifier.verifyInclusion(index, size, leaf, flipped, root));
        }
        if (!path.isEmpty()) {
            List<Hash> shorter = path.subList(0, path.size() - 1);
            probes.put("removed component", () -> ProofVerifier.verifyInclusion(index, size, leaf, shorter, root));
        }
        if (path.size() > 1) {
            List<Hash> inserted = new ArrayList<>(path);
            inserted.add(1, SOME_HASH);
            probes.put("inserted component", () -> ProofVerifier.verifyInclusion(index, size, leaf, inserted, root));
        }
        return probes;
    }

    private static Map<String, Probe> corruptedConsistencies(long size1, long size2, Hash root1, Hash root2, List<Hash> path) {
        Map<String, Probe> probes = new java.util.LinkedHashMap<>();
        probes.put("size1 - 1", () -> ProofVerifier.verifyConsistency(size1 - 1, size2, root1, root2, path));
        probes.put("size1 + 1", () -> ProofVerifier.verifyConsistency(size1 + 1, size2, root1, root2, path));
        probes.put("size1 ^ 2", () -> ProofVerifier.verifyConsistency(size1 ^ 2, size2, root1, root2, path));
        probes.put("size2 * 2", () -> ProofVerifier.verifyConsistency(size1, size2 * 2, root1, root2, path));
        probes.put("size2 / 2", () -> ProofVerifier.verifyConsistency(size1, size2 / 2, root1, root2, path));
        probes.put("wrong root1", () -> ProofVerifier.verifyConsistency(size1, size2, SOME_HASH, root2, path));
        probes.put("wrong root2", () -> ProofVerifier.verifyConsistency(size1, size2, root1, SOME_HASH, path));
        probes.put("swapped roots", () -> ProofVerifier.verifyConsistency(size1, size2, root2, root1, path));
        probes.put("empty proof", () -> ProofVerifier.verifyConsistency(size1, size2, root1, root2, List.of()));
        probes.put("trailing garbage", () -> ProofVerifier.verifyConsistency(size1, size2, root1, root2, append(path, EMPTY)));
        probes.put("trailing root1", () -> ProofVerifier.verifyConsistency(size1, size2, root1, root2, append(path, root1)));
        probes.put("trailing root2", () -> ProofVerifier.verifyConsistency(size1, size2, root1, root2, append(path, root2)));
        probes.put("preceding garbage", () -> ProofVerifier.verifyConsistency(size1, size2, root1, root2, prepend(EMPTY, path)));
        probes.put("preceding root1", () -> ProofVerifier.verifyConsistency(size1, size2, root1, root2, prepend(root1, path)));
        probes.put("preceding root2", () -> ProofVerifier.verifyConsistency(size1, size2, root1, root2, prepend(root2, path)));
        probes.put("preceding proof[0]", () -> ProofVerifier.verifyConsistency(size1, size2, root1, root2, prepend(path.get(0), path)));
        probes.put("truncated proof", () -> ProofVerifier.verifyConsistency(size1, size2, root1, root2, path.subList(0, path.size() - 1)));
        for (int i = 0; i < path.size(); i++) {
            List<Hash> flipped = Tampering.flipBit(path, i, 4);
            probes.put("proof[" + i + "] bit 4 flipped", () -> ProofVerifier.verifyConsistency(size1, size2, root1, root2, flipped));
        }
        return probes;
    }

    private static List<Hash> append(List<Hash> path, Hash extra) {
        List<Hash> longer = new ArrayList<>(path);
        longer.add(extra);
        return longer;
    }

    private static List<Hash> prepend(Hash extra, List<Hash> path) {
        List<Hash> longer = new ArrayList<>();
        longer.add(extra);
        longer.addAll(path);
        return longer;
    }
}
