package org.pactum.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.pactum.core.register.RegisterKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pactum verify-log}: an independent check of a Pactum public register over its public API,
 * for evaluators, parliaments and journalists. Needs no database and no account: only the register's
 * URL, a state file it keeps between runs, and (on the first run, ideally) the register's public key
 * obtained from somewhere other than the register itself. Exit code 0: the log is intact; 1: the
 * log was altered, and the message says what; 2: the check could not be made.
 */
@Command(name = "verify-log", description = {
    "Verify a Pactum public register: the tree head's signature with a pinned key, that the log only grew "
        + "since the tree head saved in the state file, and that every new entry is in the signed tree.",
    "Exit code 0: intact; 1: altered (the message says what); 2: could not check (network, usage, state file)."})
class VerifyLogCommand implements Callable<Integer> {

    static final int ALTERED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "The register's base URL, e.g. https://pactum.example.org")
    String url;

    @Option(names = "--state", required = true, paramLabel = "FILE",
            description = "The auditor's state file: read if it exists, written after a successful check")
    Path stateFile;

    @Option(names = "--public-key", paramLabel = "BASE64|FILE",
            description = "The register's Ed25519 public key (base64 X.509 DER, or a PEM/base64 file) to pin on the first run")
    String publicKey;

    @Option(names = "--every-entry",
            description = "Download and check every entry from the first, not only those added since the saved state")
    boolean everyEntry;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return verify(out, err);
        } catch (Problem e) {
            err.println("pactum verify-log: " + e.getMessage());
            return PactumCli.BAD_INPUT;
        } catch (LogClient.Unreachable e) {
            err.println("pactum verify-log: could not check the register: " + e.getMessage());
            return PactumCli.BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("pactum verify-log: could not check the register: " + e);
            return PactumCli.BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int verify(PrintWriter out, PrintWriter err) throws Problem, LogClient.Unreachable {
        Optional<AuditorState> saved;
        try {
            saved = AuditorState.read(stateFile);
        } catch (AuditorState.Unusable e) {
            throw new Problem(e.getMessage());
        }
        Optional<PublicKey> given = publicKey == null ? Optional.empty() : Optional.of(givenKey(publicKey));
        LogClient client = new LogClient(url);
        PublicKey key;
        if (saved.isPresent()) {
            key = saved.get().publicKey();
            if (given.isPresent() && !given.get().equals(key)) {
                throw new Problem("the key given with --public-key (key id " + LogAudit.keyId(given.get())
                        + ") is not the key pinned in " + stateFile + " (key id " + LogAudit.keyId(key)
                        + "); to pin another key, start a new state file");
            }
            out.println("Using the key pinned in " + stateFile + " (key id " + LogAudit.keyId(key) + ").");
        } else if (given.isPresent()) {
            key = given.get();
            out.println("Pinned the public key given with --public-key (key id " + LogAudit.keyId(key) + ").");
        } else {
            key = client.publicKey();
            out.println("Pinned the public key served by " + client.baseUrl() + " (key id " + LogAudit.keyId(key) + ").");
            out.println("Compare it with a copy published elsewhere: a key fetched from the register itself only proves "
                    + "that the register agrees with itself.");
        }

        LogAudit.Finding finding = new LogAudit(client).check(key, saved, everyEntry);
        if (finding instanceof LogAudit.Altered altered) {
            err.println("ALTERED: " + altered.what());
            err.println("The state file " + stateFile + " was left as it was.");
            return ALTERED;
        }
        LogAudit.Intact intact = (LogAudit.Intact) finding;
        long size = intact.head().treeHead().treeSize();
        out.println("Tree head of " + size + " entries signed at " + intact.head().treeHead().timestamp()
                + ": signature valid.");
        intact.consistentFrom().ifPresent(from -> out.println("The log begins with the " + from
                + " entries of the tree head saved in " + stateFile + ": consistency proof valid."));
        if (intact.entriesChecked() > 0) {
            out.println("Entries " + (size - intact.entriesChecked()) + " to " + (size - 1) + " downloaded: each leaf "
                    + "hash recomputed, and together they yield the signed root hash.");
        } else {
            out.println("No new entries to check.");
        }
        try {
            new AuditorState(client.baseUrl(), key, intact.head(), intact.range(), Instant.now()).write(stateFile);
        } catch (IOException e) {
            throw new Problem("the log is intact, but the state could not be saved to " + stateFile + ": " + e.getMessage());
        }
        out.println("OK: the register is intact. State saved to " + stateFile + ".");
        return 0;
    }

    /** The key given on the command line: a file holding PEM or base64, or base64 itself. */
    private static PublicKey givenKey(String value) throws Problem {
        String text = value;
        try {
            Path file = Path.of(value);
            if (Files.isRegularFile(file)) {
                text = Files.readString(file, StandardCharsets.US_ASCII).lines().map(String::strip)
                        .filter(line -> !line.startsWith("-----")).collect(Collectors.joining());
            }
        } catch (InvalidPathException | IOException e) {
            // not a readable file: read it as base64
        }
        try {
            return RegisterKeys.publicKeyFromBase64(text);
        } catch (IllegalArgumentException e) {
            throw new Problem("--public-key: neither a readable key file nor a base64 Ed25519 public key ("
                    + e.getMessage() + ")");
        }
    }

    /** A usage problem: exit code 2. */
    private static final class Problem extends Exception {

        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message);
        }
    }
}
