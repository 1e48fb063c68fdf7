package org.pactum.core.register;

import java.util.Arrays;
import java.util.Objects;

/**
 * What one append adds to one tile: {@code hashes} (concatenated, 32 bytes each) go at positions
 * [offset, offset + count) of the tile at {@code address}. A write at offset 0 starts a new tile;
 * any other offset grows the tile on the right edge of its level, which must then hold exactly
 * {@code offset} hashes, no more and no fewer: a store that finds otherwise is out of step with the
 * tree and must refuse the write.
 */
public record TileWrite(TileAddress address, int offset, byte[] hashes) {

    public TileWrite {
        Objects.requireNonNull(address, "address");
        if (offset < 0) {
            throw new IllegalArgumentException("a tile position cannot be negative: " + offset);
        }
        hashes = Hash.concatenated(hashes, "a write adds");
    }

    /** A copy of the concatenated hashes. */
    @Override
    public byte[] hashes() {
        return hashes.clone();
    }

    /** How many hashes the write adds. */
    public int count() {
        return hashes.length / Hash.LENGTH;
    }

    /** Whether the write starts the tile (no hashes of it are stored yet). */
    public boolean startsTile() {
        return offset == 0;
    }

    /** The tile as it is after this write, from the tile as it was ({@code null} before its first write). */
    Tile applyTo(Tile before) {
        int held = before == null ? 0 : before.count();
        if (held != offset) {
            throw new IllegalStateException("tile " + address + " holds " + held + " hashes, but the append continues it at "
                    + offset + ": the stored tiles are out of step with the tree");
        }
        return before == null ? new Tile(address, hashes) : before.extendedBy(hashes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TileWrite that && address.equals(that.address) && offset == that.offset
                && Arrays.equals(hashes, that.hashes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * address.hashCode() + offset) + Arrays.hashCode(hashes);
    }

    @Override
    public String toString() {
        return "TileWrite[" + address + ", hashes " + offset + " to " + (offset + count() - 1) + "]";
    }
}
