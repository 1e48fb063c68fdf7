package org.pactum.server.register;

import java.util.List;
import java.util.Optional;
import org.pactum.register.jdbc.LogEntry;

/**
 * Where a public record stands in the register: the entries published about it, newest first, each
 * with its position in the log (and so its proof), and how many of its publications are waiting for
 * the next signed tree head (the integrator appends them within seconds).
 *
 * @param subject  the record, as its type and identifier (e.g. {@code pool/asp-2026/pledge/DEU})
 * @param entries  the entries about it under the latest signed tree head, newest first
 * @param awaiting publications about it not yet in the log
 * @param treeSize the size of the latest signed tree head, against which the entries' proofs are given
 */
public record RecordInRegister(String subject, List<LogEntry> entries, long awaiting, long treeSize) {

    public RecordInRegister {
        entries = List.copyOf(entries);
    }

    /** The newest entry about the record, if it is in the log. */
    public Optional<LogEntry> latest() {
        return entries.stream().findFirst();
    }

    /** Whether nothing about the record was ever published. */
    public boolean isAbsent() {
        return entries.isEmpty() && awaiting == 0;
    }
}
