package org.pactum.core.register;

import java.util.Arrays;
import java.util.Objects;

/**
 * The stored hashes of one tile, in order, concatenated: 32 bytes per node, the node with the
 * lowest index first. A tile on the right edge of the tree holds fewer hashes than the layout's
 * width and grows as the tree grows; every other tile is full and never changes. Immutable: the
 * bytes are copied in and out.
 */
public record Tile(TileAddress address, byte[] hashes) {

    public Tile {
        Objects.requireNonNull(address, "address");
        hashes = Hash.concatenated(hashes, "a tile holds");
    }

    /** A copy of the concatenated hashes. */
    @Override
    public byte[] hashes() {
        return hashes.clone();
    }

    /** How many hashes the tile holds. */
    public int count() {
        return hashes.length / Hash.LENGTH;
    }

    /** The Merkle Tree Hash of the perfect subtree over {@code count} (a power of two) hashes from {@code first} on. */
    Hash perfectSubtree(int first, int count) {
        return MerkleTreeHash.perfectSubtree(hashes, first, count);
    }

    /** This tile with more hashes after those it holds. */
    Tile extendedBy(byte[] more) {
        byte[] grown = Arrays.copyOf(hashes, hashes.length + more.length);
        System.arraycopy(more, 0, grown, hashes.length, more.length);
        return new Tile(address, grown);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tile that && address.equals(that.address) && Arrays.equals(hashes, that.hashes);
    }

    @Override
    public int hashCode() {
        return 31 * address.hashCode() + Arrays.hashCode(hashes);
    }

    @Override
    public String toString() {
        return "Tile[" + address + ", " + count() + " hashes]";
    }
}
