package org.pactum.core.register;

/**
 * Where a tile sits among the register's tiles (see {@link TileLayout}): tile {@code level} t holds
 * nodes of tree level t times the tile height, and {@code index} k counts the tiles of that level
 * from the left, so that a tile of height h holds the nodes with indices [k * 2^h, (k + 1) * 2^h).
 */
public record TileAddress(int level, long index) {

    public TileAddress {
        if (level < 0 || level > NodeAddress.MAX_LEVEL) {
            throw new IllegalArgumentException("tile level must be in 0.." + NodeAddress.MAX_LEVEL + ", not " + level);
        }
        if (index < 0) {
            throw new IllegalArgumentException("a tile index cannot be negative: " + index);
        }
    }
}
