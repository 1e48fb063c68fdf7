package org.pactum.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws that make the register worth publishing, for registers of random entries appended in
 * random batches: every entry stays provably included as the register grows, every earlier tree is
 * provably a prefix of every later one, one flipped bit anywhere breaks the proof, and proofs
 * served from stored nodes are exactly those the RFC defines over the full list of entries.
 */
class MerkleProofProperties {

    /** A register and a few positions in it, all drawn at random. */
    record Case(TestLog log, int leaf, int first, int second, int bit) {

        int size() {
            return log.leaves.size();
        }
    }

    @Provide
    Arbitrary<Case> registers() {
        Arbitrary<List<byte[]>> entries = Arbitraries.bytes().array(byte[].class).ofMaxSize(12)
                .list().ofMinSize(1).ofMaxSize(300);
        Arbitrary<List<Integer>> batchSizes = Arbitraries.integers().between(1, 40).list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(entries, batchSizes).as(MerkleProofProperties::appendInBatches)
                .flatMap(log -> {
                    int n = log.leaves.size();
                    return Combinators.combine(
                                    Arbitraries.integers().between(0, n - 1),
                                    Arbitraries.integers().between(0, n),
                                    Arbitraries.integers().between(0, n),
                                    Arbitraries.integers().between(0, 255))
                            .as((leaf, a, b, bit) -> new Case(log, leaf, Math.min(a, b), Math.max(a, b), bit));
                });
    }

    @Property(tries = 150)
    void everyLeafIsIncludedAtEveryLaterSize(@ForAll("registers") Case c) {
        Hash leafHash = c.log().leafHash(c.leaf());
        for (long size = c.leaf() + 1; size <= c.size(); size++) {
            InclusionProof proof = c.log().proofs.inclusionProof(c.leaf(), size);
            assertThat(proof.verify(leafHash, c.log().proofs.rootHash(size))).as("size %d", size).isTrue();
        }
    }

    @Property(tries = 300)
    void everyEarlierSizeIsConsistentWithEveryLaterOne(@ForAll("registers") Case c) {
        TreeProofs proofs = c.log().proofs;
        ConsistencyProof proof = proofs.consistencyProof(c.first(), c.second());
        assertThat(proof.verify(proofs.rootHash(c.first()), proofs.rootHash(c.second()))).isTrue();
    }

    @Property(tries = 200)
    void storedProofsAreTheProofsTheRfcDefinesOverAllLeaves(@ForAll("registers") Case c) {
        ReferenceTree reference = c.log().reference();
        TreeProofs proofs = c.log().proofs;
        int size = Math.max(c.second(), c.leaf() + 1);
        assertThat(proofs.rootHash(size)).isEqualTo(reference.root(size));
        assertThat(proofs.inclusionProof(c.leaf(), size).path()).isEqualTo(reference.inclusionPath(c.leaf(), size));
        if (c.first() > 0 && c.first() < c.second()) {
            assertThat(proofs.consistencyProof(c.first(), c.second()).path())
                    .isEqualTo(reference.consistencyPath(c.first(), c.second()));
        }
    }

    @Property(tries = 200)
    void aFlippedBitInTheEntryTheProofOrTheRootBreaksInclusion(@ForAll("registers") Case c) {
        TreeProofs proofs = c.log().proofs;
        int size = c.size();
        InclusionProof proof = proofs.inclusionProof(c.leaf(), size);
        Hash root = proofs.rootHash(size);
        byte[] entry = c.log().leaves.get(c.leaf());
        Hash leafHash = MerkleTreeHash.leaf(entry);

        if (entry.length > 0) {
            Hash alteredEntry = MerkleTreeHash.leaf(Tampering.flipBit(entry, c.bit() % (8 * entry.length)));
            assertThat(proof.verify(alteredEntry, root)).isFalse();
        }
        assertThat(proof.verify(Tampering.flipBit(leafHash, c.bit()), root)).isFalse();
        assertThat(proof.verify(leafHash, Tampering.flipBit(root, c.bit()))).isFalse();
        for (int element = 0; element < proof.path().size(); element++) {
            InclusionProof altered = new InclusionProof(c.leaf(), size, Tampering.flipBit(proof.path(), element, c.bit()));
            assertThat(altered.verify(leafHash, root)).as("element %d", element).isFalse();
        }
    }

    @Property(tries = 200)
    void aFlippedBitInTheProofOrEitherRootBreaksConsistency(@ForAll("registers") Case c) {
        TreeProofs proofs = c.log().proofs;
        ConsistencyProof proof = proofs.consistencyProof(c.first(), c.second());
        Hash firstRoot = proofs.rootHash(c.first());
        Hash secondRoot = proofs.rootHash(c.second());

        assertThat(proof.verify(Tampering.flipBit(firstRoot, c.bit()), secondRoot)).isFalse();
        if (c.first() > 0) {
            // every tree extends the empty one, so a proof from size 0 says nothing of the later root
            assertThat(proof.verify(firstRoot, Tampering.flipBit(secondRoot, c.bit()))).isFalse();
        }
        for (int element = 0; element < proof.path().size(); element++) {
            ConsistencyProof altered = new ConsistencyProof(
                    c.first(), c.second(), Tampering.flipBit(proof.path(), element, c.bit()));
            assertThat(altered.verify(firstRoot, secondRoot)).as("element %d", element).isFalse();
        }
    }

    @Property(tries = 100)
    void aChangedEntryChangesEveryLaterRootButNoEarlierOne(@ForAll("registers") Case c) {
        List<byte[]> altered = new ArrayList<>(c.log().leaves);
        byte[] entry = altered.get(c.leaf());
        altered.set(c.leaf(), entry.length == 0 ? new byte[] {0} : Tampering.flipBit(entry, c.bit() % (8 * entry.length)));
        TreeProofs rewritten = TestLog.of(altered).proofs;
        for (long size = 0; size <= c.size(); size++) {
            boolean sameRoot = rewritten.rootHash(size).equals(c.log().proofs.rootHash(size));
            assertThat(sameRoot).as("size %d", size).isEqualTo(size <= c.leaf());
        }
    }

    private static TestLog appendInBatches(List<byte[]> entries, List<Integer> batchSizes) {
        TestLog log = new TestLog();
        int from = 0;
        for (int i = 0; from < entries.size(); i++) {
            int to = Math.min(entries.size(), from + batchSizes.get(i % batchSizes.size()));
            log.append(entries.subList(from, to));
            from = to;
        }
        return log;
    }
}
