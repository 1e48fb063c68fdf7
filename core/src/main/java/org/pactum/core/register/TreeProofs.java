package org.pactum.core.register;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Answers for the register's public: the root of the tree at any size it has had, the proof that
 * an entry is included, and the proof that a later tree extends an earlier one. Works straight
 * from a {@link TreeNodeStore}, never rebuilding the tree: each answer reads O(log n) stored
 * perfect subtrees, all in a single {@link TreeNodeStore#nodes} request, and folds those that lie on the right
 * edge of the requested tree.
 */
public final class TreeProofs {

    private final TreeNodeStore store;

    public TreeProofs(TreeNodeStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The Merkle Tree Hash of the first {@code treeSize} leaves. */
    public Hash rootHash(long treeSize) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("a tree cannot have " + treeSize + " leaves");
        }
        if (treeSize == 0) {
            return MerkleTreeHash.empty();
        }
        return hashes(List.of(new ProofShape.Span(0, treeSize))).get(0);
    }

    /** The RFC 9162 inclusion proof for the leaf at {@code leafIndex} in the tree of {@code treeSize} leaves. */
    public InclusionProof inclusionProof(long leafIndex, long treeSize) {
        return new InclusionProof(leafIndex, treeSize, hashes(ProofShape.inclusion(leafIndex, treeSize)));
    }

    /** The RFC 9162 consistency proof from the tree of {@code firstSize} leaves to that of {@code secondSize}. */
    public ConsistencyProof consistencyProof(long firstSize, long secondSize) {
        if (firstSize < 0 || secondSize < firstSize) {
            throw new IllegalArgumentException("no consistency proof runs from a tree of "
                    + firstSize + " leaves to one of " + secondSize);
        }
        if (firstSize == 0 || firstSize == secondSize) {
            return new ConsistencyProof(firstSize, secondSize, List.of());
        }
        return new ConsistencyProof(firstSize, secondSize, hashes(ProofShape.consistency(firstSize, secondSize)));
    }

    private List<Hash> hashes(List<ProofShape.Span> spans) {
        List<List<NodeAddress>> parts = new ArrayList<>(spans.size());
        Set<NodeAddress> wanted = new LinkedHashSet<>();
        for (ProofShape.Span span : spans) {
            List<NodeAddress> nodes = span.perfectNodes();
            parts.add(nodes);
            wanted.addAll(nodes);
        }
        Map<NodeAddress, Hash> found = store.nodes(wanted);
        List<Hash> hashes = new ArrayList<>(spans.size());
        for (List<NodeAddress> nodes : parts) {
            Hash hash = stored(found, nodes.get(nodes.size() - 1));
            for (int i = nodes.size() - 2; i >= 0; i--) {
                hash = MerkleTreeHash.node(stored(found, nodes.get(i)), hash);
            }
            hashes.add(hash);
        }
        return hashes;
    }

    private static Hash stored(Map<NodeAddress, Hash> found, NodeAddress address) {
        Hash hash = found.get(address);
        if (hash == null) {
            throw new IllegalStateException("the store lacks node " + address + " (leaves "
                    + address.firstLeaf() + " to " + (address.endLeaf() - 1) + "); has the tree reached "
                    + address.endLeaf() + " leaves?");
        }
        return hash;
    }
}
