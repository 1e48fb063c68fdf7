package org.pactum.core.register;

import java.util.List;
import java.util.Objects;

/**
 * The register's answer to "is this entry in the log?": the audit path of RFC 9162 section
 * 2.1.3 for the leaf at {@code leafIndex} in the tree of {@code treeSize} leaves, ordered from the
 * leaf's sibling up to the child of the root. Whoever holds the entry and a signed tree head of
 * that size checks it with {@link #verify(Hash, Hash)}.
 */
public record InclusionProof(long leafIndex, long treeSize, List<Hash> path) {

    public InclusionProof {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException(
                    "leaf " + leafIndex + " is not in a tree of " + treeSize + " leaves");
        }
        path = List.copyOf(Objects.requireNonNull(path, "path"));
    }

    /** Whether this path leads from {@code leafHash} at {@code leafIndex} to {@code rootHash}. */
    public boolean verify(Hash leafHash, Hash rootHash) {
        return ProofVerifier.verifyInclusion(leafIndex, treeSize, leafHash, path, rootHash);
    }
}
