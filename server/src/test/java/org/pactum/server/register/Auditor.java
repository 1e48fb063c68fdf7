package org.pactum.server.register;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pactum.server.cli.PactumCli;
import picocli.CommandLine;

/** An auditor running {@code pactum verify-log} in this JVM against the test server, with one state file. */
final class Auditor {

    /** One run: its exit code and what it printed. */
    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private final String url;
    private final Path state;

    Auditor(int port, Path state) {
        this.url = "http://localhost:" + port;
        this.state = state;
    }

    Path state() {
        return state;
    }

    Run verify(String... options) {
        List<String> args = new ArrayList<>(List.of("verify-log", "--url", url, "--state", state.toString()));
        args.addAll(List.of(options));
        return pactum(args.toArray(String[]::new));
    }

    static Run pactum(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new PactumCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
