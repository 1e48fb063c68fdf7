package org.pactum.server.cli;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pactum.core.register.CompactRange;
import org.pactum.core.register.Hash;
import org.pactum.core.register.MerkleTreeHash;
import org.pactum.core.register.ProofVerifier;
import org.pactum.core.register.RegisterKeys;
import org.pactum.core.register.SignedTreeHead;
import org.pactum.core.register.TreeHead;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checks of {@code pactum verify-log}, in the order an auditor makes them, trusting nothing the
 * register says that a signature or a hash does not bind:
 *
 * <ol>
 *   <li>the latest tree head is signed by the pinned key;
 *   <li>it is no smaller than the head saved last time, and the register proves (RFC 9162
 *       consistency proof) that its tree begins with the saved tree;
 *   <li>the entries from the saved size on are downloaded, each leaf hash is recomputed from the
 *       bytes, appended to the saved compact range, and the resulting root must be the signed root:
 *       this proves every new entry is in the signed tree, at its position, exactly as downloaded.
 * </ol>
 *
 * When the root does not match, the first altered entry is found with O(log n) consistency proofs
 * over the pages downloaded, then an inclusion proof per entry of the one page at fault.
 */
final class LogAudit {

    private static final int PAGE = 1000;

    /** What the log was found to be: intact (with what was checked) or altered (with what). */
    sealed interface Finding permits Intact, Altered {
    }

    record Intact(SignedTreeHead head, CompactRange range, long entriesChecked, Optional<Long> consistentFrom)
            implements Finding {
    }

    record Altered(String what) implements Finding {
    }

    private final LogClient client;

    LogAudit(LogClient client) {
        this.client = client;
    }

    Finding check(PublicKey key, Optional<AuditorState> saved, boolean everyEntry) throws LogClient.Unreachable {
        SignedTreeHead head = client.treeHead();
        TreeHead tree = head.treeHead();
        long size = tree.treeSize();
        if (!head.verify(key)) {
            return new Altered("signature invalid: the tree head of " + size + " entries signed at " + tree.timestamp()
                    + " does not verify with the pinned key (key id " + keyId(key) + "): it was altered, or signed "
                    + "by another key");
        }
        Optional<Long> consistentFrom = Optional.empty();
        if (saved.isPresent()) {
            TreeHead old = saved.get().head().treeHead();
            if (size < old.treeSize()) {
                return new Altered("log truncated: the register now shows " + size + " entries, but on "
                        + old.timestamp() + " it signed a tree of " + old.treeSize() + " (saved in the state file): "
                        + "entries " + size + " to " + (old.treeSize() - 1) + " were removed");
            }
            if (!ProofVerifier.verifyConsistency(old.treeSize(), size, old.rootHash(), tree.rootHash(),
                    size == old.treeSize() || old.treeSize() == 0 ? List.of() : client.consistency(old.treeSize(), size))) {
                return new Altered("history rewritten: the log of " + size + " entries signed at " + tree.timestamp()
                        + " does not begin with the " + old.treeSize() + " entries of the tree head signed at "
                        + old.timestamp() + " (saved in the state file): consistency proof fails");
            }
            consistentFrom = Optional.of(old.treeSize());
        }

        CompactRange start = everyEntry || saved.isEmpty() ? CompactRange.empty() : saved.get().range();
        List<CompactRange> pages = new ArrayList<>(List.of(start));
        CompactRange range = start;
        while (range.size() < size) {
            long first = range.size();
            List<LogClient.Entry> entries = client.entries(first, Math.min(size, first + PAGE) - 1);
            if (entries.isEmpty()) {
                return new Altered("entry " + first + " missing: the signed tree head counts " + size
                        + " entries, but the log serves none from " + first + " on");
            }
            List<Hash> leafHashes = new ArrayList<>(entries.size());
            for (LogClient.Entry entry : entries) {
                long expected = first + leafHashes.size();
                if (entry.index() != expected) {
                    return new Altered("entry " + expected + " missing: the log serves entry " + entry.index()
                            + " where entry " + expected + " should be (an entry was removed)");
                }
                Optional<String> wrongSequence = wrongSequence(entry);
                if (wrongSequence.isPresent()) {
                    return new Altered("entry " + expected + " altered: " + wrongSequence.get());
                }
                leafHashes.add(MerkleTreeHash.leaf(entry.leaf()));
            }
            range = range.append(leafHashes).range();
            pages.add(range);
        }
        if (!range.root().equals(tree.rootHash())) {
            return new Altered(locate(pages, head));
        }
        return new Intact(head, range, size - start.size(), consistentFrom);
    }

    /** Checks that an entry is a JSON object whose "sequence" is its position in the log. */
    private static Optional<String> wrongSequence(LogClient.Entry entry) {
        JsonNode json;
        try {
            json = JsonMapper.shared().readTree(new String(entry.leaf(), StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            return Optional.of("its bytes are not JSON");
        }
        JsonNode sequence = json.path("sequence");
        if (!sequence.isIntegralNumber() || !sequence.canConvertToLong() || sequence.longValue() != entry.index()) {
            return Optional.of("it records sequence number " + sequence + " at position " + entry.index());
        }
        return Optional.empty();
    }

    /**
     * Finds the first altered entry. The first page boundary whose recomputed root the register
     * cannot prove consistent with the signed root is found by bisection; in the page before it, the
     * first entry whose inclusion proof fails for the hash of its downloaded bytes is the culprit.
     */
    private String locate(List<CompactRange> pages, SignedTreeHead head) throws LogClient.Unreachable {
        TreeHead tree = head.treeHead();
        int good = 0;
        int bad = pages.size() - 1;
        while (bad - good > 1) {
            int middle = (good + bad) >>> 1;
            CompactRange candidate = pages.get(middle);
            if (ProofVerifier.verifyConsistency(candidate.size(), tree.treeSize(), candidate.root(), tree.rootHash(),
                    client.consistency(candidate.size(), tree.treeSize()))) {
                good = middle;
            } else {
                bad = middle;
            }
        }
        long from = pages.get(good).size();
        long to = pages.get(bad).size();
        for (LogClient.Entry entry : client.entries(from, to - 1)) {
            Hash leafHash = MerkleTreeHash.leaf(entry.leaf());
            if (!ProofVerifier.verifyInclusion(entry.index(), tree.treeSize(), leafHash,
                    client.inclusion(entry.index(), tree.treeSize()), tree.rootHash())) {
                return "entry " + entry.index() + " altered: its bytes do not hash to the leaf at position "
                        + entry.index() + " of the signed tree of " + tree.treeSize() + " entries (inclusion proof fails)";
            }
        }
        return "entries " + from + " to " + (to - 1) + " do not add up to the signed root hash, yet each has a valid "
                + "inclusion proof: the register serves different bytes from one request to the next";
    }

    static String keyId(PublicKey key) {
        return java.util.Base64.getEncoder().encodeToString(RegisterKeys.keyId(key).bytes());
    }
}
