package org.pactum.server.register;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.pactum.core.register.ConsistencyProof;
import org.pactum.core.register.Hash;
import org.pactum.core.register.InclusionProof;
import org.pactum.core.register.RegisterKeys;
import org.pactum.core.register.SignedTreeHead;
import org.pactum.core.register.TreeProofs;
import org.pactum.register.jdbc.LogEntry;
import org.pactum.register.jdbc.RegisteredKey;
import org.pactum.register.jdbc.StoredTreeHead;
import org.pactum.server.register.internal.RegisterStorage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as the public reads it: the latest signed tree head and its history, the entries
 * with their exact bytes, the proofs that an entry is in the tree and that the tree only grew, and
 * the key that signs. Every proof is read from stored subtrees in one query, never by rebuilding the tree.
 */
@Service
@Transactional(readOnly = true)
public class RegisterLog {

    private final RegisterStorage storage;

    RegisterLog(RegisterStorage storage) {
        this.storage = storage;
    }

    /** The latest signed tree head, once the register has signed one. */
    public Optional<SignedTreeHead> treeHead() {
        return storage.run("read the latest tree head", log -> log.latestHead().map(StoredTreeHead::signedTreeHead));
    }

    /** The number of entries under the latest signed tree head. */
    public long treeSize() {
        return treeHead().map(head -> head.treeHead().treeSize()).orElse(0L);
    }

    /** The entries at positions [start, end) under the latest head, in order. */
    public List<LogEntry> entries(long start, long end) {
        return storage.run("read register entries", log -> log.entries(start, end));
    }

    /** The entry at this position, if the log has it. */
    public Optional<LogEntry> entry(long index) {
        return entries(index, index + 1).stream().findFirst();
    }

    /** Entries below {@code treeSize}, newest first. */
    public List<LogEntry> newestEntries(long treeSize, int limit, long offset) {
        return storage.run("read register entries", log -> log.newestEntries(treeSize, limit, offset));
    }

    /** Where this public record stands in the register (see {@link PublicRegister#publish}). */
    public RecordInRegister inRegister(String subject) {
        return inRegister(List.of(subject)).get(subject);
    }

    /**
     * Where each of these public records stands in the register, in one pair of queries (a page
     * listing many records, such as a pool's pledges, asks for all of them at once).
     *
     * @return one {@link RecordInRegister} per subject, in the order given, also for subjects never published
     */
    public Map<String, RecordInRegister> inRegister(Collection<String> subjects) {
        return storage.run("find records in the register", log -> {
            // the waiting ones first: the integrator moves a publication into the log in one commit, so
            // read in this order it is seen waiting, in the log, or both for an instant, but never missed
            Map<String, Long> awaiting = log.pendingAbout(subjects);
            long treeSize = log.treeSize();
            Map<String, List<LogEntry>> entries = log.entriesAbout(subjects, treeSize);
            Map<String, RecordInRegister> records = new LinkedHashMap<>();
            for (String subject : subjects) {
                List<LogEntry> about = entries.getOrDefault(subject, List.of());
                records.put(subject, new RecordInRegister(subject, about, awaiting.getOrDefault(subject, 0L), treeSize));
            }
            return records;
        });
    }

    /** The position of the entry with this leaf hash among the first {@code treeSize}. */
    public OptionalLong indexOf(Hash leafHash, long treeSize) {
        return storage.run("find a register entry", log -> log.indexOf(leafHash, treeSize));
    }

    /** The proof that the entry at {@code index} is in the tree of {@code treeSize} entries. */
    public InclusionProof inclusionProof(long index, long treeSize) {
        return storage.run("prove inclusion", log -> new TreeProofs(log.nodes()).inclusionProof(index, treeSize));
    }

    /** The proof that the tree of {@code second} entries begins with the tree of {@code first}. */
    public ConsistencyProof consistencyProof(long first, long second) {
        return storage.run("prove consistency", log -> new TreeProofs(log.nodes()).consistencyProof(first, second));
    }

    /** The key that signed the latest tree head. */
    public Optional<RegisterPublicKey> publicKey() {
        return storage.run("read the register's key", log -> {
            Optional<StoredTreeHead> latest = log.latestHead();
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            Hash keyId = latest.get().keyId();
            return log.keys().stream().filter(key -> key.keyId().equals(keyId)).findFirst()
                    .map(RegisterLog::publicKey);
        });
    }

    private static RegisterPublicKey publicKey(RegisteredKey key) {
        return new RegisterPublicKey(key.keyId(), RegisterKeys.publicKeyFromBase64(key.publicKeyBase64()));
    }
}
