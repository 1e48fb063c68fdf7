package org.pactum.register.jdbc;

import java.util.Objects;
import org.pactum.core.register.SignedTreeHead;

/** What one run of {@link JdbcRegisterLog#integrate} appended: entries [firstIndex, firstIndex + entries), under a new head. */
public record IntegratedBatch(long firstIndex, int entries, SignedTreeHead head) {

    public IntegratedBatch {
        Objects.requireNonNull(head, "head");
        if (firstIndex < 0 || entries < 1 || firstIndex + entries != head.treeHead().treeSize()) {
            throw new IllegalArgumentException("a batch of " + entries + " entries from " + firstIndex
                    + " does not end at the head's size " + head.treeHead().treeSize());
        }
    }
}
