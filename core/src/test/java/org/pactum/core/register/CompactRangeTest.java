package org.pactum.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Appending to the right edge of the tree, and what it hands to the store. */
class CompactRangeTest {

    @Test
    void theRangeOfThirteenLeavesHoldsTheSubtreesOfEightFourAndOne() {
        assertThat(CompactRange.peakAddresses(13)).containsExactly(
                new NodeAddress(3, 0), new NodeAddress(2, 2), new NodeAddress(0, 12));
        assertThat(CompactRange.peakAddresses(0)).isEmpty();
        assertThatThrownBy(() -> new CompactRange(3, List.of(MerkleTreeHash.empty())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appendingTheCtLeavesOneByOneWalksThroughThePublishedRoots() {
        CompactRange range = CompactRange.empty();
        assertThat(range.root()).isEqualTo(MerkleTreeHash.empty());
        List<byte[]> leaves = CtVectors.leaves();
        for (int i = 0; i < leaves.size(); i++) {
            range = range.append(List.of(MerkleTreeHash.leaf(leaves.get(i)))).range();
            assertThat(range.root()).isEqualTo(CtVectors.root(i + 1));
        }
    }

    @Test
    void batchesOfAnySizeGiveTheSameTreeAndEachNodeExactlyOnce() {
        List<Hash> leaves = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            leaves.add(MerkleTreeHash.leaf(new byte[] {(byte) i}));
        }
        for (int batch : new int[] {1, 2, 3, 7, 16, 33, 100}) {
            CompactRange range = CompactRange.empty();
            Set<NodeAddress> written = new HashSet<>();
            for (int from = 0; from < leaves.size(); from += batch) {
                CompactRange.AppendedBatch appended =
                        range.append(leaves.subList(from, Math.min(from + batch, leaves.size())));
                for (TreeNode node : appended.newNodes()) {
                    assertThat(written.add(node.address())).as("%s written twice", node.address()).isTrue();
                    assertThat(node.address().endLeaf()).isLessThanOrEqualTo(appended.treeSize());
                    assertThat(node.address().endLeaf()).isGreaterThan(range.size());
                }
                range = appended.range();
            }
            assertThat(range.root()).isEqualTo(MerkleTreeHash.root(leaves));
            // every complete perfect subtree of a 100-leaf tree: 100 + 50 + 25 + 12 + 6 + 3 + 1
            assertThat(written).hasSize(197);
        }
    }

    @Test
    void theNodesAnAppendProducesAreTheSubtreeHashes() {
        List<Hash> leaves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            leaves.add(MerkleTreeHash.leaf(new byte[] {(byte) i}));
        }
        CompactRange.AppendedBatch appended = CompactRange.empty().append(leaves);
        assertThat(appended.newNodes()).contains(
                new TreeNode(new NodeAddress(0, 5), leaves.get(5)),
                new TreeNode(new NodeAddress(1, 2), MerkleTreeHash.root(leaves.subList(4, 6))),
                new TreeNode(new NodeAddress(2, 0), MerkleTreeHash.root(leaves.subList(0, 4))));
        assertThat(appended.newNodes()).hasSize(6 + 3 + 1);
    }

    @Test
    void theRangeReadBackFromTheStoreIsTheOneAppendedTo() {
        TestLog log = TestLog.numbered(45);
        assertThat(CompactRange.read(log.store, 45)).isEqualTo(log.range());
        CompactRange atThirty = CompactRange.read(log.store, 30);
        assertThat(atThirty.root()).isEqualTo(log.reference().root(30));
        assertThatThrownBy(() -> CompactRange.read(log.store, 46)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theStoreRefusesToRewriteANode() {
        InMemoryTreeNodeStore store = new InMemoryTreeNodeStore();
        NodeAddress address = NodeAddress.leaf(0);
        store.write(List.of(new TreeNode(address, MerkleTreeHash.leaf(new byte[] {1}))));
        store.write(List.of(new TreeNode(address, MerkleTreeHash.leaf(new byte[] {1}))));
        assertThatThrownBy(() -> store.write(List.of(new TreeNode(address, MerkleTreeHash.leaf(new byte[] {2})))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void addressesStayInsideATreeOfAtMostTwoToTheSixtyThreeLeaves() {
        assertThat(new NodeAddress(3, 2).firstLeaf()).isEqualTo(16);
        assertThat(new NodeAddress(3, 2).endLeaf()).isEqualTo(24);
        assertThatThrownBy(() -> new NodeAddress(63, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeAddress(62, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeAddress(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
