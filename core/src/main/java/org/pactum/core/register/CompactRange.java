package org.pactum.core.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The right edge of the register's tree: for a tree of {@code size} leaves, the hashes of the
 * perfect subtrees that the binary digits of {@code size} describe, largest (leftmost) first. A
 * tree of 13 = 8 + 4 + 1 leaves has three: leaves [0, 8), [8, 12) and [12, 13). That is all the
 * state needed to compute the root and to append: {@link #append(List)} folds new leaves in the
 * way a binary counter carries, and hands back every subtree that became complete, for the store.
 *
 * <p>A value: appending returns a new range. The server keeps the current one in memory or reads
 * it back with {@link #read(TreeNodeStore, long)} (at most 63 nodes, in one query), and must let
 * only one writer append at a time.
 */
public record CompactRange(long size, List<Hash> peaks) {

    public CompactRange {
        if (size < 0) {
            throw new IllegalArgumentException("a tree cannot have " + size + " leaves");
        }
        peaks = List.copyOf(Objects.requireNonNull(peaks, "peaks"));
        if (peaks.size() != Long.bitCount(size)) {
            throw new IllegalArgumentException("a tree of " + size + " leaves has " + Long.bitCount(size)
                    + " perfect subtrees on its right edge, not " + peaks.size());
        }
    }

    /** The range of the empty tree. */
    public static CompactRange empty() {
        return new CompactRange(0, List.of());
    }

    /** The addresses of the right-edge subtrees of a tree of {@code size} leaves, largest first. */
    public static List<NodeAddress> peakAddresses(long size) {
        return size == 0 ? List.of() : new ProofShape.Span(0, size).perfectNodes();
    }

    /** Reads the range of the tree of {@code size} leaves back from the store. */
    public static CompactRange read(TreeNodeStore store, long size) {
        List<NodeAddress> addresses = peakAddresses(size);
        Map<NodeAddress, Hash> found = store.nodes(addresses);
        List<Hash> peaks = new ArrayList<>(addresses.size());
        for (NodeAddress address : addresses) {
            Hash hash = found.get(address);
            if (hash == null) {
                throw new IllegalStateException("the store lacks node " + address
                        + " of a tree of " + size + " leaves");
            }
            peaks.add(hash);
        }
        return new CompactRange(size, peaks);
    }

    /** The Merkle Tree Hash of the whole tree: the peaks folded from the right. */
    public Hash root() {
        if (peaks.isEmpty()) {
            return MerkleTreeHash.empty();
        }
        Hash root = peaks.get(peaks.size() - 1);
        for (int i = peaks.size() - 2; i >= 0; i--) {
            root = MerkleTreeHash.node(peaks.get(i), root);
        }
        return root;
    }

    /**
     * Appends leaf hashes in order. Returns the range after the append and every subtree that
     * became complete: each new leaf at level 0, and each interior node it closed. Persisting
     * those nodes keeps the store able to answer proofs for every size up to the new one.
     */
    public AppendedBatch append(List<Hash> leafHashes) {
        Objects.requireNonNull(leafHashes, "leafHashes");
        if (leafHashes.size() > Long.MAX_VALUE - size) {
            throw new IllegalArgumentException("the tree cannot grow past 2^63 - 1 leaves");
        }
        List<Hash> stack = new ArrayList<>(peaks);
        List<TreeNode> created = new ArrayList<>(2 * leafHashes.size() + 1);
        long count = size;
        for (Hash leafHash : leafHashes) {
            Hash hash = Objects.requireNonNull(leafHash, "leaf hash");
            NodeAddress address = NodeAddress.leaf(count);
            created.add(new TreeNode(address, hash));
            // Each set low bit of the old size is a peak of that level waiting for a right sibling.
            for (int level = 0; ((count >>> level) & 1) == 1; level++) {
                hash = MerkleTreeHash.node(stack.remove(stack.size() - 1), hash);
                address = new NodeAddress(level + 1, address.index() >>> 1);
                created.add(new TreeNode(address, hash));
            }
            stack.add(hash);
            count++;
        }
        return new AppendedBatch(new CompactRange(count, stack), created);
    }

    /** The outcome of {@link CompactRange#append(List)}: the new right edge and the nodes to store. */
    public record AppendedBatch(CompactRange range, List<TreeNode> newNodes) {

        public AppendedBatch {
            Objects.requireNonNull(range, "range");
            newNodes = List.copyOf(Objects.requireNonNull(newNodes, "newNodes"));
        }

        /** The root of the tree after the append. */
        public Hash root() {
            return range.root();
        }

        /** The tree size after the append. */
        public long treeSize() {
            return range.size();
        }
    }
}
