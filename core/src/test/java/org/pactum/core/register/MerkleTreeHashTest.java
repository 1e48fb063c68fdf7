package org.pactum.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tree hash against the Certificate Transparency reference vectors, and against the RFC 9162
 * definition computed by hand with the JDK's own SHA-256.
 */
class MerkleTreeHashTest {

    @Test
    void theEmptyTreeHashesToSha256OfNothing() {
        // FIPS 180-2 / RFC 6234: SHA-256("") = e3b0c442...
        assertThat(MerkleTreeHash.empty().hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(MerkleTreeHash.root(List.of())).isEqualTo(MerkleTreeHash.empty());
    }

    @Test
    void rootsForEverySizeMatchTheCertificateTransparencyVectors() {
        List<Hash> leafHashes = CtVectors.leaves().stream().map(MerkleTreeHash::leaf).toList();
        for (int size = 1; size <= 8; size++) {
            assertThat(MerkleTreeHash.root(leafHashes.subList(0, size)).hex())
                    .as("root of the first %d CT test leaves", size)
                    .isEqualTo(CtVectors.ROOTS.get(size - 1));
        }
    }

    @Test
    void aThreeLeafTreeIsHashedAsTheRfcDefinesIt() throws Exception {
        // MTH(D[3]) = SHA-256(0x01 || MTH(D[0:2]) || MTH(D[2:3])), split at k = 2.
        byte[] a = sha256(new byte[] {0x00});              // leaf "" -> SHA-256(0x00)
        byte[] b = sha256(new byte[] {0x00, 0x00});        // leaf 0x00
        byte[] c = sha256(new byte[] {0x00, 0x10});        // leaf 0x10
        byte[] ab = sha256(concat(new byte[] {0x01}, a, b));
        byte[] root = sha256(concat(new byte[] {0x01}, ab, c));

        List<Hash> leafHashes = CtVectors.leaves().subList(0, 3).stream().map(MerkleTreeHash::leaf).toList();
        assertThat(MerkleTreeHash.root(leafHashes)).isEqualTo(new Hash(root));
        assertThat(HexFormat.of().formatHex(root)).isEqualTo(CtVectors.ROOTS.get(2));
    }

    @Test
    void aSevenLeafTreeSplitsAtFourNotAtTheMidpoint() throws Exception {
        // MTH(D[7]) = H(1 || MTH(D[0:4]) || MTH(D[4:7])); MTH(D[4:7]) = H(1 || MTH(D[4:6]) || leaf 6).
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            leaves.add(sha256(new byte[] {0x00, (byte) i}));
        }
        byte[] l01 = sha256(concat(new byte[] {1}, leaves.get(0), leaves.get(1)));
        byte[] l23 = sha256(concat(new byte[] {1}, leaves.get(2), leaves.get(3)));
        byte[] l45 = sha256(concat(new byte[] {1}, leaves.get(4), leaves.get(5)));
        byte[] l0123 = sha256(concat(new byte[] {1}, l01, l23));
        byte[] l456 = sha256(concat(new byte[] {1}, l45, leaves.get(6)));
        byte[] root = sha256(concat(new byte[] {1}, l0123, l456));

        List<Hash> leafHashes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            leafHashes.add(MerkleTreeHash.leaf(new byte[] {(byte) i}));
        }
        assertThat(MerkleTreeHash.root(leafHashes)).isEqualTo(new Hash(root));
    }

    @Test
    void leafAndNodeHashesCarryTheirPrefixes() throws Exception {
        Hash left = MerkleTreeHash.leaf("left".getBytes());
        Hash right = MerkleTreeHash.leaf("right".getBytes());
        assertThat(left).isEqualTo(new Hash(sha256(concat(new byte[] {0}, "left".getBytes()))));
        assertThat(MerkleTreeHash.node(left, right))
                .isEqualTo(new Hash(sha256(concat(new byte[] {1}, left.bytes(), right.bytes()))));
    }

    @Test
    void aPerfectSubtreeOverConcatenatedHashesIsTheTreeHashOfThoseHashesAsLeaves() {
        // MTH of a power-of-two list of leaf hashes, by the recursive definition, is exactly the
        // pairwise fold that perfectSubtree computes in place
        List<Hash> hashes = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            hashes.add(MerkleTreeHash.leaf(new byte[] {(byte) i, 7}));
        }
        byte[] concatenated = new byte[hashes.size() * Hash.LENGTH];
        for (int i = 0; i < hashes.size(); i++) {
            System.arraycopy(hashes.get(i).bytes(), 0, concatenated, i * Hash.LENGTH, Hash.LENGTH);
        }
        for (int count = 1; count <= 64; count *= 2) {
            for (int first : new int[] {0, 3, 80 - count}) {
                assertThat(MerkleTreeHash.perfectSubtree(concatenated, first, count)).as("%d from %d", count, first)
                        .isEqualTo(MerkleTreeHash.root(hashes.subList(first, first + count)));
            }
        }
        assertThat(concatenated).as("the input is left as it was").isEqualTo(concatenatedAgain(hashes));
        assertThatThrownBy(() -> MerkleTreeHash.perfectSubtree(concatenated, 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTreeHash.perfectSubtree(concatenated, 70, 16)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] concatenatedAgain(List<Hash> hashes) {
        byte[] bytes = new byte[0];
        for (Hash hash : hashes) {
            bytes = concat(bytes, hash.bytes());
        }
        return bytes;
    }

    @Test
    void theSplitIsTheLargestPowerOfTwoBelowTheSize() {
        assertThat(MerkleTreeHash.splitPoint(2)).isEqualTo(1);
        assertThat(MerkleTreeHash.splitPoint(3)).isEqualTo(2);
        assertThat(MerkleTreeHash.splitPoint(4)).isEqualTo(2);
        assertThat(MerkleTreeHash.splitPoint(5)).isEqualTo(4);
        assertThat(MerkleTreeHash.splitPoint(8)).isEqualTo(4);
        assertThat(MerkleTreeHash.splitPoint(9)).isEqualTo(8);
        assertThat(MerkleTreeHash.splitPoint(1000)).isEqualTo(512);
        assertThat(MerkleTreeHash.splitPoint(Long.MAX_VALUE)).isEqualTo(1L << 62);
        assertThatThrownBy(() -> MerkleTreeHash.splitPoint(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHashIsThirtyTwoBytesAndAValue() {
        assertThatThrownBy(() -> new Hash(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        byte[] bytes = new byte[32];
        Hash hash = new Hash(bytes);
        bytes[0] = 1;
        assertThat(hash.bytes()[0]).isZero();
        assertThat(hash).isEqualTo(Hash.fromHex("00".repeat(32)));
        assertThat(Hash.fromHex(CtVectors.ROOTS.get(0)).hex()).isEqualTo(CtVectors.ROOTS.get(0));
    }

    static byte[] sha256(byte[] input) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(input);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
