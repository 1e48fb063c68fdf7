package org.pactum.core.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The verification algorithms of RFC 9162, written out step by step as sections 2.1.3.2
 * (inclusion) and 2.1.4.2 (consistency) give them, so that a reader can hold the code against the
 * standard line by line. This is what an auditor runs; it needs nothing but the proof, the hashes
 * and the sizes, and it answers only yes or no.
 */
public final class ProofVerifier {

    private ProofVerifier() {
    }

    /**
     * RFC 9162 section 2.1.3.2: does {@code inclusionPath} prove that the leaf with hash
     * {@code leafHash} sits at {@code leafIndex} in the tree of {@code treeSize} leaves whose
     * root is {@code rootHash}?
     */
    public static boolean verifyInclusion(
            long leafIndex, long treeSize, Hash leafHash, List<Hash> inclusionPath, Hash rootHash) {
        Objects.requireNonNull(leafHash, "leafHash");
        Objects.requireNonNull(inclusionPath, "inclusionPath");
        Objects.requireNonNull(rootHash, "rootHash");
        // 1. If leaf_index >= tree_size, fail.
        if (leafIndex < 0 || treeSize < 0 || leafIndex >= treeSize) {
            return false;
        }
        // 2. Set fn to leaf_index and sn to tree_size - 1.
        long fn = leafIndex;
        long sn = treeSize - 1;
        // 3. Set r to hash.
        Hash r = leafHash;
        // 4. For each value p in the inclusion_path array:
        for (Hash p : inclusionPath) {
            // a. If sn is 0, stop and fail.
            if (sn == 0) {
                return false;
            }
            // b. If LSB(fn) is set, or if fn is equal to sn:
            if (lsb(fn) || fn == sn) {
                // i. Set r to HASH(0x01 || p || r).
                r = MerkleTreeHash.node(p, r);
                // ii. If LSB(fn) is not set, right-shift fn and sn equally until LSB(fn) is set or fn is 0.
                if (!lsb(fn)) {
                    while (!lsb(fn) && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                // Otherwise: i. Set r to HASH(0x01 || r || p).
                r = MerkleTreeHash.node(r, p);
            }
            // c. Right-shift both fn and sn one time.
            fn >>>= 1;
            sn >>>= 1;
        }
        // 5. sn must be 0 and r must equal root_hash.
        return sn == 0 && r.equals(rootHash);
    }

    /**
     * RFC 9162 section 2.1.4.2: does {@code consistencyPath} prove that the tree of
     * {@code second} leaves with root {@code secondHash} begins with the tree of {@code first}
     * leaves with root {@code firstHash}? The RFC algorithm covers 0 &lt; first &lt; second; the
     * edge cases are settled as Certificate Transparency clients settle them: equal sizes need
     * an empty proof and equal roots, and the empty tree (whose root must be the hash of the empty
     * string) is a prefix of every tree, with an empty proof.
     */
    public static boolean verifyConsistency(
            long first, long second, Hash firstHash, Hash secondHash, List<Hash> consistencyPath) {
        Objects.requireNonNull(firstHash, "firstHash");
        Objects.requireNonNull(secondHash, "secondHash");
        Objects.requireNonNull(consistencyPath, "consistencyPath");
        if (first < 0 || second < first) {
            return false;
        }
        if (first == second) {
            return consistencyPath.isEmpty() && firstHash.equals(secondHash);
        }
        if (first == 0) {
            return consistencyPath.isEmpty() && firstHash.equals(MerkleTreeHash.empty());
        }
        // 1. If consistency_path is an empty array, stop and fail.
        if (consistencyPath.isEmpty()) {
            return false;
        }
        // 2. If first is an exact power of 2, prepend first_hash to the consistency_path array.
        List<Hash> path = consistencyPath;
        if (Long.bitCount(first) == 1) {
            path = new ArrayList<>(consistencyPath.size() + 1);
            path.add(firstHash);
            path.addAll(consistencyPath);
        }
        // 3. Set fn to first - 1 and sn to second - 1.
        long fn = first - 1;
        long sn = second - 1;
        // 4. If LSB(fn) is set, right-shift both fn and sn equally until LSB(fn) is not set.
        while (lsb(fn)) {
            fn >>>= 1;
            sn >>>= 1;
        }
        // 5. Set both fr and sr to the first value in the consistency_path array.
        Hash fr = path.get(0);
        Hash sr = path.get(0);
        // 6. For each subsequent value c in the consistency_path array:
        for (Hash c : path.subList(1, path.size())) {
            // a. If sn is 0, stop and fail.
            if (sn == 0) {
                return false;
            }
            // b. If LSB(fn) is set, or if fn is equal to sn:
            if (lsb(fn) || fn == sn) {
                // i. Set fr to HASH(0x01 || c || fr). ii. Set sr to HASH(0x01 || c || sr).
                fr = MerkleTreeHash.node(c, fr);
                sr = MerkleTreeHash.node(c, sr);
                // iii. If LSB(fn) is not set, right-shift fn and sn equally until LSB(fn) is set or fn is 0.
                if (!lsb(fn)) {
                    while (!lsb(fn) && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                // Otherwise: i. Set sr to HASH(0x01 || sr || c).
                sr = MerkleTreeHash.node(sr, c);
            }
            // c. Right-shift both fn and sn one time.
            fn >>>= 1;
            sn >>>= 1;
        }
        // 7. fr must equal first_hash, sr must equal second_hash, and sn must be 0.
        return fr.equals(firstHash) && sr.equals(secondHash) && sn == 0;
    }

    private static boolean lsb(long value) {
        return (value & 1) == 1;
    }
}
