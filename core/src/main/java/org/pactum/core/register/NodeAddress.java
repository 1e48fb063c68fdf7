package org.pactum.core.register;

/**
 * Where a complete perfect subtree sits in the register's tree: {@code level} is its height (0 for
 * a leaf, so it spans 2^level leaves) and {@code index} counts the subtrees of that level from the
 * left, so it spans leaves [index * 2^level, (index + 1) * 2^level). Once the tree has grown past
 * its last leaf, such a subtree never changes again, which is what makes it safe to store.
 */
public record NodeAddress(int level, long index) {

    /** Levels above this would span more leaves than a tree of at most 2^63 - 1 can have. */
    public static final int MAX_LEVEL = 62;

    public NodeAddress {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("level must be in 0.." + MAX_LEVEL + ", not " + level);
        }
        if (index < 0 || index >= (Long.MAX_VALUE >> level)) {
            throw new IllegalArgumentException("no subtree of level " + level + " has index " + index);
        }
    }

    /** The address of the leaf at a zero-based position in the log. */
    public static NodeAddress leaf(long leafIndex) {
        return new NodeAddress(0, leafIndex);
    }

    /** The index of the first leaf this subtree spans. */
    public long firstLeaf() {
        return index << level;
    }

    /** The number of leaves this subtree spans, 2^level. */
    public long leafCount() {
        return 1L << level;
    }

    /** The index one past the last leaf this subtree spans: the tree size at which it becomes complete. */
    public long endLeaf() {
        return firstLeaf() + leafCount();
    }
}
