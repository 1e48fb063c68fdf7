package org.pactum.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * Runs the {@code pactum} command in this JVM against the test database, capturing what it
 * prints, as a person would run it in a terminal.
 */
public record CommandLineRun(int exitCode, String out, String err) {

    public static CommandLineRun of(Callable<Integer> command, Path home, String... args) {
        Map<String, String> properties = Map.of("spring.datasource.url", TestDatabase.url(),
                "spring.datasource.username", TestDatabase.user(), "spring.datasource.password", TestDatabase.password(),
                "pactum.home", home.toString(), "pactum.admin.initial-password", IntegrationTest.PASSWORD,
                "pactum.warning.global-model", "routes", "pactum.warning.rule-check-cron", "-");
        properties.forEach(System::setProperty);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = new CommandLine(command).execute(args);
            return new CommandLineRun(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            properties.keySet().forEach(System::clearProperty);
        }
    }
}
