package org.pactum.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proofs served from the node store: equal to the published Certificate Transparency proofs, and
 * for every leaf and every pair of sizes of a small register equal to the RFC's own recursive
 * definitions over the full leaf list, and verified by the RFC's verification algorithms.
 */
class TreeProofsTest {

    private final TestLog ct = TestLog.of(CtVectors.leaves());

    @Test
    void rootsOfEveryEarlierSizeMatchTheCertificateTransparencyVectors() {
        assertThat(ct.proofs.rootHash(0)).isEqualTo(MerkleTreeHash.empty());
        for (int size = 1; size <= 8; size++) {
            assertThat(ct.proofs.rootHash(size)).as("size %d", size).isEqualTo(CtVectors.root(size));
        }
        assertThat(ct.range().root()).isEqualTo(CtVectors.root(8));
    }

    @Test
    void inclusionProofsAreThePublishedOnes() {
        for (CtVectors.Inclusion vector : CtVectors.INCLUSION_PROOFS) {
            assertThat(ct.proofs.inclusionProof(vector.leafIndex(), vector.treeSize()).path())
                    .as("%s", vector).isEqualTo(CtVectors.hashes(vector.path()));
        }
    }

    @Test
    void consistencyProofsAreThePublishedOnes() {
        for (CtVectors.Consistency vector : CtVectors.CONSISTENCY_PROOFS) {
            assertThat(ct.proofs.consistencyProof(vector.firstSize(), vector.secondSize()).path())
                    .as("%s", vector).isEqualTo(CtVectors.hashes(vector.path()));
        }
    }

    @Test
    void everyLeafIsProvablyIncludedAtEverySizeThatContainsIt() {
        TestLog log = TestLog.numbered(70);
        ReferenceTree reference = log.reference();
        for (int size = 1; size <= 70; size++) {
            Hash root = log.proofs.rootHash(size);
            assertThat(root).isEqualTo(reference.root(size));
            for (int index = 0; index < size; index++) {
                InclusionProof proof = log.proofs.inclusionProof(index, size);
                assertThat(proof.path()).isEqualTo(reference.inclusionPath(index, size));
                assertThat(proof.verify(log.leafHash(index), root)).isTrue();
            }
        }
    }

    @Test
    void everyEarlierSizeIsProvablyAPrefixOfEveryLaterOne() {
        TestLog log = TestLog.numbered(70);
        ReferenceTree reference = log.reference();
        for (int second = 0; second <= 70; second++) {
            Hash secondRoot = log.proofs.rootHash(second);
            for (int first = 0; first <= second; first++) {
                ConsistencyProof proof = log.proofs.consistencyProof(first, second);
                if (first > 0 && first < second) {
                    assertThat(proof.path()).isEqualTo(reference.consistencyPath(first, second));
                } else {
                    assertThat(proof.path()).isEmpty();
                }
                assertThat(proof.verify(log.proofs.rootHash(first), secondRoot))
                        .as("%d -> %d", first, second).isTrue();
            }
        }
    }

    @Test
    void askingBeyondTheStoredTreeIsAnError() {
        assertThatThrownBy(() -> ct.proofs.rootHash(9)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lacks node");
        assertThatThrownBy(() -> ct.proofs.inclusionProof(8, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ct.proofs.consistencyProof(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProofForAnOldSizeStillVerifiesAfterTheRegisterGrows() {
        TestLog log = TestLog.numbered(5);
        Hash rootAtFive = log.proofs.rootHash(5);
        InclusionProof before = log.proofs.inclusionProof(4, 5);
        log.append(List.of(new byte[] {9}, new byte[] {10}, new byte[] {11}));
        assertThat(log.proofs.inclusionProof(4, 5)).isEqualTo(before);
        assertThat(log.proofs.rootHash(5)).isEqualTo(rootAtFive);
        assertThat(log.proofs.consistencyProof(5, 8).verify(rootAtFive, log.range().root())).isTrue();
    }
}
