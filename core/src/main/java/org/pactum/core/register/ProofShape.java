package org.pactum.core.register;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which subtrees a proof is made of, by pure arithmetic on leaf positions, following the recursive
 * definitions of RFC 9162 sections 2.1.3.1 (PATH) and 2.1.4.1 (PROOF and SUBPROOF) for a tree of
 * n leaves. Every subtree these definitions visit is either a complete perfect subtree or runs to
 * the right edge of the tree; the latter is the fold of at most log2(n) perfect ones, so a proof
 * never needs more than O(log n) stored nodes.
 */
final class ProofShape {

    private ProofShape() {
    }

    /** The leaves [start, end) of a subtree whose Merkle Tree Hash is one element of a proof. */
    record Span(long start, long end) {

        Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("[" + start + ", " + end + ") is not a subtree");
            }
        }

        /**
         * The perfect subtrees, largest and leftmost first, whose fold from the right is this span's
         * Merkle Tree Hash: MTH([a, n)) = HASH(0x01 || MTH of the first 2^k || MTH of the rest).
         */
        List<NodeAddress> perfectNodes() {
            List<NodeAddress> nodes = new ArrayList<>();
            long first = start;
            long remaining = end - start;
            while (remaining > 0) {
                int level = 63 - Long.numberOfLeadingZeros(remaining);
                if ((first & ((1L << level) - 1)) != 0) {
                    throw new IllegalStateException(this + " is not a subtree of an RFC 9162 tree");
                }
                nodes.add(new NodeAddress(level, first >>> level));
                first += 1L << level;
                remaining -= 1L << level;
            }
            return nodes;
        }
    }

    /** RFC 9162 section 2.1.3.1, PATH(m, D[n]): the audit path, from the leaf's sibling up. */
    static List<Span> inclusion(long leafIndex, long treeSize) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of " + treeSize + " leaves");
        }
        List<Span> path = new ArrayList<>();
        long start = 0;
        long end = treeSize;
        while (end - start > 1) {
            long k = MerkleTreeHash.splitPoint(end - start);
            if (leafIndex < start + k) {
                // PATH(m, D[0:k]) : MTH(D[k:n])
                path.add(new Span(start + k, end));
                end = start + k;
            } else {
                // PATH(m - k, D[k:n]) : MTH(D[0:k])
                path.add(new Span(start, start + k));
                start += k;
            }
        }
        Collections.reverse(path);
        return path;
    }

    /** RFC 9162 section 2.1.4.1, PROOF(m, D[n]) = SUBPROOF(m, D[n], true), for 0 &lt; m &lt; n. */
    static List<Span> consistency(long first, long second) {
        if (first <= 0 || second <= first) {
            throw new IllegalArgumentException("no consistency path runs from " + first + " to " + second);
        }
        List<Span> proof = new ArrayList<>();
        long start = 0;
        long end = second;
        long m = first;
        boolean wholeOldTree = true;
        while (m != end - start) {
            long k = MerkleTreeHash.splitPoint(end - start);
            if (m <= k) {
                // SUBPROOF(m, D[0:k], b) : MTH(D[k:n])
                proof.add(new Span(start + k, end));
                end = start + k;
            } else {
                // SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])
                proof.add(new Span(start, start + k));
                start += k;
                m -= k;
                wholeOldTree = false;
            }
        }
        // SUBPROOF(m, D[m], true) = {}; SUBPROOF(m, D[m], false) = {MTH(D[m])}
        if (!wholeOldTree) {
            proof.add(new Span(start, end));
        }
        Collections.reverse(proof);
        return proof;
    }
}
