package org.pactum.core.register;

import java.util.List;
import java.util.Objects;

/**
 * The register's answer to "did you only append since then?": the consistency proof of RFC 9162
 * section 2.1.4 that the tree of {@code secondSize} leaves begins with the tree of
 * {@code firstSize} leaves, unchanged. Whoever holds signed tree heads of both sizes checks it
 * with {@link #verify(Hash, Hash)}; a register that had rewritten or dropped an entry cannot
 * produce one.
 */
public record ConsistencyProof(long firstSize, long secondSize, List<Hash> path) {

    public ConsistencyProof {
        if (firstSize < 0 || secondSize < firstSize) {
            throw new IllegalArgumentException("no consistency proof runs from a tree of "
                    + firstSize + " leaves to one of " + secondSize);
        }
        path = List.copyOf(Objects.requireNonNull(path, "path"));
    }

    /** Whether this path shows the tree with root {@code secondRoot} extends the one with {@code firstRoot}. */
    public boolean verify(Hash firstRoot, Hash secondRoot) {
        return ProofVerifier.verifyConsistency(firstSize, secondSize, firstRoot, secondRoot, path);
    }
}
