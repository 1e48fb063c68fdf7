package org.pactum.core.register;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A SHA-256 value of the register: the hash of a leaf, of an interior node or of a whole tree.
 * Always exactly 32 bytes. Immutable: the bytes are copied in and out, and two hashes are equal
 * when their bytes are.
 */
public record Hash(byte[] bytes) {

    /** The length of a SHA-256 output, in bytes. */
    public static final int LENGTH = 32;

    private static final HexFormat HEX = HexFormat.of();

    public Hash {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException(
                    "a SHA-256 hash has " + LENGTH + " bytes, not " + bytes.length);
        }
        bytes = bytes.clone();
    }

    /**
     * A copy of {@code hashes}, checked to be one or more whole hashes laid end to end (as a tile
     * stores them); {@code what} names the holder in the message.
     */
    static byte[] concatenated(byte[] hashes, String what) {
        if (hashes == null || hashes.length == 0 || hashes.length % LENGTH != 0) {
            throw new IllegalArgumentException(what + " one or more hashes of " + LENGTH + " bytes, not "
                    + (hashes == null ? "none" : hashes.length + " bytes"));
        }
        return hashes.clone();
    }

    /** Reads a hash written as 64 hexadecimal digits (either case). */
    public static Hash fromHex(String hex) {
        Objects.requireNonNull(hex, "hex");
        return new Hash(HEX.parseHex(hex));
    }

    /** A copy of the 32 bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The 64 lower-case hexadecimal digits of this hash. */
    public String hex() {
        return HEX.formatHex(bytes);
    }

    /** Feeds the bytes to a digest without copying them. */
    void updateDigest(MessageDigest digest) {
        digest.update(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hash that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
