package org.pactum.core.register;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The Merkle Tree Hash of RFC 9162, section 2.1.1, with SHA-256: the one definition every copy of
 * the register, every auditor and every independent verifier must agree on bit for bit.
 *
 * <ul>
 *   <li>the hash of the empty tree is SHA-256 of the empty string;
 *   <li>a leaf hash is SHA-256(0x00 || leaf);
 *   <li>an interior node hash is SHA-256(0x01 || left || right);
 *   <li>a list of n &gt; 1 leaves is split at k, the largest power of two smaller than n, and the
 *       tree hash is the node hash of the tree hashes of the first k and the remaining n - k.
 * </ul>
 *
 * The distinct prefixes keep a leaf from ever being passed off as an interior node.
 */
public final class MerkleTreeHash {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    });

    private static final Hash EMPTY = new Hash(SHA_256.get().digest());

    private MerkleTreeHash() {
    }

    /** The hash of the tree with no leaves: SHA-256 of the empty string. */
    public static Hash empty() {
        return EMPTY;
    }

    /** The leaf hash of an entry's bytes: SHA-256(0x00 || leaf). */
    public static Hash leaf(byte[] leaf) {
        Objects.requireNonNull(leaf, "leaf");
        MessageDigest digest = SHA_256.get();
        digest.update(LEAF_PREFIX);
        digest.update(leaf);
        return new Hash(digest.digest());
    }

    /** The hash of an interior node: SHA-256(0x01 || left || right). */
    public static Hash node(Hash left, Hash right) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        MessageDigest digest = SHA_256.get();
        digest.update(NODE_PREFIX);
        left.updateDigest(digest);
        right.updateDigest(digest);
        return new Hash(digest.digest());
    }

    /**
     * The Merkle Tree Hash of a whole list of leaf hashes, by the recursive definition. Meant for
     * small lists (a batch, a test); a large register computes its root from a
     * {@link CompactRange} or through {@link TreeProofs#rootHash(long)}.
     */
    public static Hash root(List<Hash> leafHashes) {
        Objects.requireNonNull(leafHashes, "leafHashes");
        return leafHashes.isEmpty() ? EMPTY : rootOf(leafHashes, 0, leafHashes.size());
    }

    private static Hash rootOf(List<Hash> leafHashes, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return Objects.requireNonNull(leafHashes.get(from), "leaf hash");
        }
        int k = (int) splitPoint(n);
        return node(rootOf(leafHashes, from, from + k), rootOf(leafHashes, from + k, to));
    }

    /**
     * The hash of the perfect subtree over {@code count} consecutive node hashes of one level, a
     * power of two of them, concatenated in {@code hashes} from hash number {@code first} on: the
     * pairs hashed level by level up to one. For tiles, which store only every few levels of the
     * tree; works on a copy of the bytes, hashing each pair where it lies, without a {@link Hash}
     * per intermediate node.
     */
    static Hash perfectSubtree(byte[] hashes, int first, int count) {
        Objects.requireNonNull(hashes, "hashes");
        if (count < 1 || Integer.bitCount(count) != 1) {
            throw new IllegalArgumentException("a perfect subtree spans a power of two of nodes, not " + count);
        }
        if (first < 0 || (long) first + count > hashes.length / Hash.LENGTH) {
            throw new IllegalArgumentException("hashes " + first + " to " + (first + count - 1) + " are not all among the "
                    + hashes.length / Hash.LENGTH + " given");
        }
        byte[] level = Arrays.copyOfRange(hashes, first * Hash.LENGTH, (first + count) * Hash.LENGTH);
        MessageDigest digest = SHA_256.get();
        try {
            for (int nodes = count; nodes > 1; nodes /= 2) {
                // the parent of the pair at positions 2p and 2p + 1 goes to position p, which is already read
                for (int parent = 0; parent < nodes / 2; parent++) {
                    digest.update(NODE_PREFIX);
                    digest.update(level, 2 * parent * Hash.LENGTH, 2 * Hash.LENGTH);
                    digest.digest(level, parent * Hash.LENGTH, Hash.LENGTH);
                }
            }
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 gives " + Hash.LENGTH + " bytes", e);
        }
        return new Hash(Arrays.copyOf(level, Hash.LENGTH));
    }

    /** k, the largest power of two strictly smaller than n, where the tree of n &gt; 1 leaves splits. */
    public static long splitPoint(long n) {
        if (n < 2) {
            throw new IllegalArgumentException("only a tree of two or more leaves splits, not " + n);
        }
        return Long.highestOneBit(n - 1);
    }
}
