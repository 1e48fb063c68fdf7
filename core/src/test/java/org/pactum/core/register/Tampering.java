package org.pactum.core.register;

import java.util.ArrayList;
import java.util.List;

/** Single-bit corruptions of hashes, leaves and proofs, as a dishonest register or a bad disk would make them. */
final class Tampering {

    private Tampering() {
    }

    /** The bytes with bit {@code bit} (0 = most significant bit of the first byte) inverted. */
    static byte[] flipBit(byte[] bytes, int bit) {
        byte[] copy = bytes.clone();
        copy[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
        return copy;
    }

    static Hash flipBit(Hash hash, int bit) {
        return new Hash(flipBit(hash.bytes(), bit));
    }

    /** A copy of the path whose element {@code element} has bit {@code bit} inverted. */
    static List<Hash> flipBit(List<Hash> path, int element, int bit) {
        List<Hash> copy = new ArrayList<>(path);
        copy.set(element, flipBit(path.get(element), bit));
        return copy;
    }
}
