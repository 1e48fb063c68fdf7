package org.pactum.register.jdbc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.pactum.core.register.Hash;

/** One entry of the log as stored: its position, time, kind, the exact leaf bytes and their leaf hash. */
public record LogEntry(long index, Instant publishedAt, String kind, byte[] leaf, Hash leafHash) {

    public LogEntry {
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(kind, "kind");
        leaf = Objects.requireNonNull(leaf, "leaf").clone();
        Objects.requireNonNull(leafHash, "leafHash");
    }

    /** A copy of the leaf bytes. */
    @Override
    public byte[] leaf() {
        return leaf.clone();
    }

    /** The leaf as text: canonical JSON in UTF-8. */
    public String leafText() {
        return new String(leaf, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogEntry that && index == that.index && publishedAt.equals(that.publishedAt)
                && kind.equals(that.kind) && Arrays.equals(leaf, that.leaf) && leafHash.equals(that.leafHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, publishedAt, kind, leafHash) * 31 + Arrays.hashCode(leaf);
    }

    @Override
    public String toString() {
        return "LogEntry[index=" + index + ", kind=" + kind + ", leafHash=" + leafHash + "]";
    }
}
