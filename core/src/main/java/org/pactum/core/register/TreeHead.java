package org.pactum.core.register;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;

/**
 * What the register vouches for at a moment: it held {@code treeSize} entries at
 * {@code timestamp}, and their Merkle Tree Hash was {@code rootHash}. The register signs these
 * three values (see {@link #signingBytes()}); holders of two signed heads can ask for a
 * consistency proof between them, holders of an entry for an inclusion proof under one of them.
 *
 * <p>The timestamp is kept to the millisecond, as it is signed; finer parts are dropped.
 */
public record TreeHead(long treeSize, Instant timestamp, Hash rootHash) {

    /** The 19 ASCII characters that open every signed tree head, followed by one zero byte. */
    public static final String CONTEXT = "pactum-tree-head-v1";

    /** The length of {@link #signingBytes()}: 20 + 8 + 8 + 32. */
    public static final int SIGNING_LENGTH = 68;

    private static final Instant LATEST = Instant.ofEpochMilli(Long.MAX_VALUE);

    private static final byte[] CONTEXT_BYTES = (CONTEXT + '\0').getBytes(StandardCharsets.US_ASCII);

    public TreeHead {
        if (treeSize < 0) {
            throw new IllegalArgumentException("a tree cannot have " + treeSize + " leaves");
        }
        Objects.requireNonNull(timestamp, "timestamp");
        if (timestamp.isBefore(Instant.EPOCH)) {
            throw new IllegalArgumentException("a tree head cannot predate 1970: " + timestamp);
        }
        if (timestamp.isAfter(LATEST)) {
            throw new IllegalArgumentException("a tree head timestamp must fit in 64-bit milliseconds: " + timestamp);
        }
        timestamp = timestamp.truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(rootHash, "rootHash");
    }

    /**
     * The exact bytes the register signs, 68 of them, big-endian throughout:
     *
     * <pre>
     * offset  length  content
     *  0      19      ASCII "pactum-tree-head-v1" (domain separation: these bytes mean nothing else)
     * 19       1      0x00
     * 20       8      timestamp, milliseconds since 1970-01-01T00:00:00Z, unsigned 64-bit
     * 28       8      tree_size, unsigned 64-bit
     * 36      32      root_hash, the RFC 9162 SHA-256 Merkle Tree Hash of the first tree_size entries
     * </pre>
     *
     * The field order follows RFC 9162's TreeHeadDataV2 (timestamp, tree_size, root_hash), with a
     * fixed-length hash and no extensions.
     */
    public byte[] signingBytes() {
        return ByteBuffer.allocate(SIGNING_LENGTH)
                .put(CONTEXT_BYTES)
                .putLong(timestamp.toEpochMilli())
                .putLong(treeSize)
                .put(rootHash.bytes())
                .array();
    }

    /** Reads back the bytes of {@link #signingBytes()}; refuses anything else. */
    public static TreeHead fromSigningBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != SIGNING_LENGTH
                || !Arrays.equals(bytes, 0, CONTEXT_BYTES.length, CONTEXT_BYTES, 0, CONTEXT_BYTES.length)) {
            throw new IllegalArgumentException("not the " + SIGNING_LENGTH + " bytes of a " + CONTEXT);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, CONTEXT_BYTES.length, SIGNING_LENGTH - CONTEXT_BYTES.length);
        long millis = buffer.getLong();
        long size = buffer.getLong();
        byte[] root = new byte[Hash.LENGTH];
        buffer.get(root);
        return new TreeHead(size, Instant.ofEpochMilli(millis), new Hash(root));
    }
}
