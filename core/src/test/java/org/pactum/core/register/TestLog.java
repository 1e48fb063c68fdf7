package org.pactum.core.register;

import java.util.ArrayList;
import java.util.List;

/** A register built the way the server builds it: appends in batches into a node store. */
final class TestLog {

    final InMemoryTreeNodeStore store = new InMemoryTreeNodeStore();
    final TreeProofs proofs = new TreeProofs(store);
    final List<byte[]> leaves = new ArrayList<>();
    private CompactRange range = CompactRange.empty();

    static TestLog of(List<byte[]> leaves) {
        TestLog log = new TestLog();
        log.append(leaves);
        return log;
    }

    /** n leaves of two bytes each, numbered. */
    static TestLog numbered(int n) {
        List<byte[]> leaves = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            leaves.add(new byte[] {(byte) (i >>> 8), (byte) i});
        }
        return of(leaves);
    }

    void append(List<byte[]> batch) {
        CompactRange.AppendedBatch appended = range.append(batch.stream().map(MerkleTreeHash::leaf).toList());
        store.write(appended.newNodes());
        range = appended.range();
        leaves.addAll(batch);
    }

    CompactRange range() {
        return range;
    }

    Hash leafHash(int index) {
        return MerkleTreeHash.leaf(leaves.get(index));
    }

    @Override
    public String toString() {
        return "TestLog[" + leaves.size() + " leaves]";
    }

    ReferenceTree reference() {
        return new ReferenceTree(leaves);
    }
}
