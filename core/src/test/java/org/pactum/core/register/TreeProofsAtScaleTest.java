package org.pactum.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A register of ten million entries answers from O(log n) stored nodes, in one store request, with
 * no rebuild. Storing 20 million real hashes would not fit a unit test, so the big register is
 * one of ten million identical entries: then every perfect subtree of a level has the same hash,
 * which a store can hand out without holding the tree, and the proofs still have to verify
 * against the root. A register of 150,000 distinct entries is built for real.
 */
class TreeProofsAtScaleTest {

    private static final long TEN_MILLION = 10_000_000L;

    @Test
    void tenMillionLeavesNeedAtMostTwoLogNNodesPerProof() {
        Hash entry = MerkleTreeHash.leaf("the same commitment".getBytes());
        CountingStore store = new CountingStore(new UniformTreeStore(entry, TEN_MILLION));
        TreeProofs proofs = new TreeProofs(store);
        int logN = ceilLog2(TEN_MILLION);

        Hash root = proofs.rootHash(TEN_MILLION);
        assertThat(store.nodesRead).isEqualTo(Long.bitCount(TEN_MILLION));

        Random random = new Random(9162);
        for (int i = 0; i < 200; i++) {
            long leaf = Math.floorMod(random.nextLong(), TEN_MILLION);
            store.reset();
            InclusionProof inclusion = proofs.inclusionProof(leaf, TEN_MILLION);
            assertThat(store.requests).isEqualTo(1);
            assertThat(store.nodesRead).isLessThanOrEqualTo(2 * logN);
            assertThat(inclusion.verify(entry, root)).isTrue();

            long first = 1 + Math.floorMod(random.nextLong(), TEN_MILLION - 1);
            store.reset();
            ConsistencyProof consistency = proofs.consistencyProof(first, TEN_MILLION);
            assertThat(store.requests).isEqualTo(1);
            assertThat(store.nodesRead).isLessThanOrEqualTo(2 * logN);
            assertThat(consistency.verify(proofs.rootHash(first), root)).isTrue();
        }
        // the very last leaf, where the right edge is longest
        assertThat(proofs.inclusionProof(TEN_MILLION - 1, TEN_MILLION).verify(entry, root)).isTrue();
    }

    @Test
    void aRealRegisterOfOneHundredAndFiftyThousandEntriesAnswersFromFewNodes() {
        int n = 150_001;
        InMemoryTreeNodeStore memory = new InMemoryTreeNodeStore();
        CompactRange range = CompactRange.empty();
        List<Hash> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batch.add(MerkleTreeHash.leaf(Integer.toString(i).getBytes()));
            if (batch.size() == 1000 || i == n - 1) {
                CompactRange.AppendedBatch appended = range.append(batch);
                memory.write(appended.newNodes());
                range = appended.range();
                batch.clear();
            }
        }
        CountingStore store = new CountingStore(memory);
        TreeProofs proofs = new TreeProofs(store);
        Hash root = range.root();
        assertThat(proofs.rootHash(n)).isEqualTo(root);
        assertThat(CompactRange.read(memory, n)).isEqualTo(range);

        Random random = new Random(6962);
        for (int i = 0; i < 200; i++) {
            int leaf = random.nextInt(n);
            store.reset();
            InclusionProof proof = proofs.inclusionProof(leaf, n);
            assertThat(store.nodesRead).isLessThanOrEqualTo(2 * ceilLog2(n));
            assertThat(proof.verify(MerkleTreeHash.leaf(Integer.toString(leaf).getBytes()), root)).isTrue();
            int first = 1 + random.nextInt(n - 1);
            assertThat(proofs.consistencyProof(first, n).verify(proofs.rootHash(first), root)).isTrue();
        }
    }

    private static int ceilLog2(long n) {
        return 64 - Long.numberOfLeadingZeros(n - 1);
    }

    /** A tree whose leaves are all the same: the subtree hash depends on the level only. */
    private static final class UniformTreeStore implements TreeNodeStore {

        private final List<Hash> byLevel = new ArrayList<>();
        private final long size;

        UniformTreeStore(Hash leaf, long size) {
            this.size = size;
            byLevel.add(leaf);
            for (int level = 1; level <= NodeAddress.MAX_LEVEL; level++) {
                Hash below = byLevel.get(level - 1);
                byLevel.add(MerkleTreeHash.node(below, below));
            }
        }

        @Override
        public Optional<Hash> node(NodeAddress address) {
            return address.endLeaf() <= size ? Optional.of(byLevel.get(address.level())) : Optional.empty();
        }
    }

    /** Counts what is asked of the store underneath. */
    private static final class CountingStore implements TreeNodeStore {

        private final TreeNodeStore delegate;
        int requests;
        int nodesRead;

        CountingStore(TreeNodeStore delegate) {
            this.delegate = delegate;
        }

        void reset() {
            requests = 0;
            nodesRead = 0;
        }

        @Override
        public Optional<Hash> node(NodeAddress address) {
            requests++;
            nodesRead++;
            return delegate.node(address);
        }

        @Override
        public Map<NodeAddress, Hash> nodes(Collection<NodeAddress> addresses) {
            requests++;
            nodesRead += addresses.size();
            return delegate.nodes(addresses);
        }
    }
}
