package org.pactum.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.core.register.RegisterKeys;
import org.pactum.register.jdbc.LogEntry;
import org.pactum.server.register.internal.SigningKeyFiles;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register is tampered with directly in the database (a leaf changed, a leaf removed, the log
 * truncated and re-signed, a signature corrupted) and {@code pactum verify-log}, run against the
 * live server over HTTP, must say so with exit code 1 and name what was altered. Runs on H2 and on
 * PostgreSQL. Every alteration is undone afterwards, and the undone log verifies again.
 */
class RegisterTamperIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    PublicRegister register;

    @Autowired
    RegisterLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SigningKeyFiles keys;

    @TempDir
    Path folder;

    private Auditor auditor;
    private LogSurgery surgery;

    @BeforeEach
    void auditor() {
        auditor = new Auditor(port, folder.resolve("register-state.json"));
        surgery = new LogSurgery(jdbc);
    }

    @Test
    void anIntactLogVerifiesOnTheFirstRunAndAgainAfterItGrew() throws Exception {
        publish("first", 2);
        Auditor.Run first = auditor.verify();
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("Pinned the public key served by", "signature valid", "OK: the register is intact");
        long saved = savedTreeSize();
        assertThat(saved).isEqualTo(log.treeSize());

        publish("second", 3);
        Auditor.Run second = auditor.verify();
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("Using the key pinned in", "The log begins with the " + saved + " entries",
                "consistency proof valid", "Entries " + saved + " to " + (saved + 2) + " downloaded");
        assertThat(savedTreeSize()).isEqualTo(saved + 3);

        Auditor.Run third = auditor.verify();
        assertThat(third.exitCode()).as(third.toString()).isZero();
        assertThat(third.out()).contains("No new entries to check.");
    }

    @Test
    void aLeafChangedInTheDatabaseIsDetected() throws Exception {
        publish("before", 1);
        assertThat(auditor.verify().exitCode()).isZero();
        long index = publish("lowered", 3).get(1);
        String original = log.entry(index).orElseThrow().leafText();
        String lowered = original.replace("\"relocations\":420", "\"relocations\":42");
        assertThat(lowered).isNotEqualTo(original);

        try (LogSurgery.Undo undo = surgery.replaceLeaf(index, lowered.getBytes(StandardCharsets.UTF_8))) {
            Auditor.Run run = auditor.verify();
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.err()).contains("ALTERED: entry " + index + " altered", "inclusion proof fails");
        }
        assertThat(auditor.verify().exitCode()).as("after the undo").isZero();
    }

    @Test
    void aLeafChangedBeforeTheSavedStateIsDetectedWhenEveryEntryIsChecked() throws Exception {
        long index = publish("early", 2).get(1);
        assertThat(auditor.verify().exitCode()).isZero();
        String original = log.entry(index).orElseThrow().leafText();
        try (LogSurgery.Undo undo = surgery.replaceLeaf(index,
                original.replace("\"state\":\"PRT\"", "\"state\":\"ITA\"").getBytes(StandardCharsets.UTF_8))) {
            Auditor.Run run = auditor.verify("--every-entry");
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.err()).contains("ALTERED: entry " + index + " altered");
        }
    }

    @Test
    void aRemovedLeafIsDetected() throws Exception {
        publish("before", 1);
        assertThat(auditor.verify().exitCode()).isZero();
        List<Long> indices = publish("removed", 3);

        try (LogSurgery.Undo undo = surgery.removeEntry(indices.get(1))) {
            Auditor.Run run = auditor.verify();
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.err()).contains("ALTERED: entry " + indices.get(1) + " missing");
        }
        try (LogSurgery.Undo undo = surgery.removeEntry(indices.get(2))) {
            Auditor.Run run = auditor.verify();
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.err()).contains("ALTERED: entry " + indices.get(2) + " missing");
        }
        assertThat(auditor.verify().exitCode()).as("after the undo").isZero();
    }

    @Test
    void aTruncatedLogIsDetected() throws Exception {
        publish("kept", 3);
        assertThat(auditor.verify().exitCode()).isZero();
        long saved = savedTreeSize();
        String stateBefore = Files.readString(auditor.state());

        try (LogSurgery.Undo undo = surgery.truncate(saved - 2, keys.signingKey())) {
            Auditor.Run run = auditor.verify();
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.err()).contains("ALTERED: log truncated: the register now shows " + (saved - 2)
                    + " entries", "it signed a tree of " + saved);
            assertThat(Files.readString(auditor.state())).as("the state file is kept").isEqualTo(stateBefore);
        }
        assertThat(auditor.verify().exitCode()).as("after the undo").isZero();
    }

    @Test
    void aLogTruncatedAndRegrownIsDetectedAsRewrittenHistory() throws Exception {
        publish("kept", 3);
        assertThat(auditor.verify().exitCode()).isZero();
        long saved = savedTreeSize();

        try (LogSurgery.Undo undo = surgery.truncate(saved - 2, keys.signingKey())) {
            // the register, unaware, appends new facts to the shortened log and signs a larger head
            publish("regrown", 4);
            assertThat(log.treeSize()).isEqualTo(saved + 2);
            Auditor.Run run = auditor.verify();
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.err()).contains("ALTERED: history rewritten", "does not begin with the " + saved + " entries",
                    "consistency proof fails");
            // a newcomer without saved state sees a log consistent in itself: only a saved head catches a rewrite
            Auditor newcomer = new Auditor(port, folder.resolve("newcomer.json"));
            assertThat(newcomer.verify().exitCode()).isZero();
        }
        assertThat(auditor.verify().exitCode()).as("after the undo").isZero();
    }

    @Test
    void aCorruptedSignatureIsDetected() throws Exception {
        assertThat(auditor.verify().exitCode()).isZero();
        publish("signed", 1);
        try (LogSurgery.Undo undo = surgery.corruptLatestSignature()) {
            Auditor.Run run = auditor.verify();
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.err()).contains("ALTERED: signature invalid");
        }
    }

    @Test
    void aHeadSignedByAnotherKeyThanThePinnedOneIsRefused() {
        String otherKey = RegisterKeys.publicKeyToBase64(RegisterKeys.generate().getPublic());
        Auditor.Run run = auditor.verify("--public-key", otherKey);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("Pinned the public key given with --public-key");
        assertThat(run.err()).contains("ALTERED: signature invalid");
        assertThat(Files.exists(auditor.state())).as("nothing saved").isFalse();
    }

    @Test
    void usageAndNetworkProblemsExitWithTwo() throws Exception {
        Auditor.Run unreachable = Auditor.pactum("verify-log", "--url", "http://127.0.0.1:1", "--state",
                folder.resolve("x.json").toString());
        assertThat(unreachable.exitCode()).as(unreachable.toString()).isEqualTo(2);
        assertThat(unreachable.err()).contains("could not check the register", "127.0.0.1:1");

        assertThat(Auditor.pactum("verify-log", "--state", "x.json").exitCode()).as("no --url").isEqualTo(2);
        Auditor.Run badKey = auditor.verify("--public-key", "not-a-key");
        assertThat(badKey.exitCode()).isEqualTo(2);
        assertThat(badKey.err()).contains("--public-key");

        Files.writeString(auditor.state(), "{\"tree_size\": 3}");
        Auditor.Run badState = auditor.verify();
        assertThat(badState.exitCode()).isEqualTo(2);
        assertThat(badState.err()).contains(auditor.state().toString());

        Files.delete(auditor.state());
        assertThat(auditor.verify().exitCode()).isZero();
        String otherKey = RegisterKeys.publicKeyToBase64(RegisterKeys.generate().getPublic());
        Auditor.Run otherPin = auditor.verify("--public-key", otherKey);
        assertThat(otherPin.exitCode()).isEqualTo(2);
        assertThat(otherPin.err()).contains("is not the key pinned in");

        Auditor.Run notFound = Auditor.pactum("verify-log", "--url", "http://localhost:" + port + "/nothing-here",
                "--state", folder.resolve("y.json").toString());
        assertThat(notFound.exitCode()).as(notFound.toString()).isEqualTo(2);
    }

    /** Publishes {@code count} pledges (Portugal's is always the second) and appends them; returns their indices. */
    private List<Long> publish(String tag, int count) {
        String agreement = tag + "-" + UUID.randomUUID();
        List<String> states = List.of("DEU", "PRT", "FRA", "ITA", "ESP");
        List<Integer> relocations = List.of(3500, 420, 2100, 1800, 1300);
        long from = log.treeSize();
        for (int i = 0; i < count; i++) {
            register.publish("pledge", "test/fact", RegisterApiIT.pledge(agreement, states.get(i), relocations.get(i)));
        }
        register.integrate();
        return log.entries(from, log.treeSize()).stream().filter(e -> e.leafText().contains(agreement))
                .map(LogEntry::index).toList();
    }

    private long savedTreeSize() throws Exception {
        return JsonMapper.shared().readTree(auditor.state().toFile()).path("tree_size").asLong();
    }
}
