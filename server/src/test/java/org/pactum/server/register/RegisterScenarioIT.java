package org.pactum.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.core.register.Hash;
import org.pactum.core.register.InclusionProof;
import org.pactum.core.register.MerkleTreeHash;
import org.pactum.register.jdbc.LogEntry;
import org.pactum.server.register.internal.SigningKeyFiles;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The story of the register, through the real services and the real command line: the register
 * opens with the editions of its reference data; an independent evaluator pins the register's key
 * (taken from the operator's published key file, not from the server) and saves the signed state;
 * two states pledge relocations, while a third pledge is withdrawn before its transaction commits and
 * so never reaches the register; the evaluator checks again and finds that the log only grew; a
 * journalist holding Portugal's entry proves it is under the evaluator's signed head; when the
 * operator quietly lowers that pledge in the database, a full check names the entry.
 */
class RegisterScenarioIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    PublicRegister register;

    @Autowired
    RegisterLog log;

    @Autowired
    SigningKeyFiles keys;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @Test
    void anEvaluatorHoldsTheRegisterToItsSignedHeads() throws Exception {
        assertThat(log.entries(0, Math.min(100, log.treeSize()))).extracting(LogEntry::kind).contains("reference-edition");

        // The evaluator pins the key the operator published, and saves the register's signed state.
        Path publishedKey = keys.privateKeyFile().resolveSibling("register-public-key.pem");
        Auditor evaluator = new Auditor(port, folder.resolve("evaluator.json"));
        Auditor.Run pinned = evaluator.verify("--public-key", publishedKey.toString());
        assertThat(pinned.exitCode()).as(pinned.toString()).isZero();
        assertThat(pinned.out()).contains("Pinned the public key given with --public-key");
        long before = log.treeSize();

        // Germany and Portugal pledge; Austria's pledge is rolled back with the change it reported.
        String agreement = "solidarity-pool-" + UUID.randomUUID();
        register.publish("pledge", "test/fact", RegisterApiIT.pledge(agreement, "DEU", 3500));
        register.publish("pledge", "test/fact", RegisterApiIT.pledge(agreement, "PRT", 420));
        transactions.executeWithoutResult(status -> {
            register.publish("pledge", "test/fact", RegisterApiIT.pledge(agreement, "AUT", 700));
            status.setRollbackOnly();
        });
        register.integrate();
        assertThat(log.treeSize()).isEqualTo(before + 2);
        assertThat(log.entries(before, before + 2)).extracting(LogEntry::leafText)
                .allMatch(text -> text.contains(agreement)).noneMatch(text -> text.contains("AUT"));

        // The evaluator checks again: the log only grew, and the two new entries are in it.
        Auditor.Run again = evaluator.verify();
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("The log begins with the " + before + " entries", "Entries " + before + " to "
                + (before + 1) + " downloaded");

        // A journalist holding Portugal's entry checks it against the evaluator's signed root.
        LogEntry portugal = log.entry(before + 1).orElseThrow();
        assertThat(portugal.leafText()).contains("\"state\":\"PRT\"");
        JsonNode state = JsonMapper.shared().readTree(evaluator.state().toFile());
        long signedSize = state.path("tree_size").asLong();
        Hash signedRoot = new Hash(Base64.getDecoder().decode(state.path("root_hash").asString()));
        InclusionProof proof = log.inclusionProof(portugal.index(), signedSize);
        assertThat(proof.verify(MerkleTreeHash.leaf(portugal.leaf()), signedRoot)).isTrue();

        // The operator lowers Portugal's pledge in the database; the evaluator's full check names the entry.
        String lowered = portugal.leafText().replace("\"relocations\":420", "\"relocations\":42");
        try (LogSurgery.Undo undo = new LogSurgery(jdbc).replaceLeaf(portugal.index(),
                lowered.getBytes(StandardCharsets.UTF_8))) {
            assertThat(proof.verify(MerkleTreeHash.leaf(lowered.getBytes(StandardCharsets.UTF_8)), signedRoot)).isFalse();
            Auditor.Run full = evaluator.verify("--every-entry");
            assertThat(full.exitCode()).as(full.toString()).isEqualTo(1);
            assertThat(full.err()).contains("ALTERED: entry " + portugal.index() + " altered");
        }
        assertThat(Files.exists(evaluator.state())).isTrue();
    }
}
