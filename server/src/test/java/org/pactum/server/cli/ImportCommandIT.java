package org.pactum.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.testing.TestDatabase;
import picocli.CommandLine;

/**
 * {@code pactum import} against the test database: a bad row exits with 2, names file, line and
 * column, and stores nothing; a good file is stored.
 */
class ImportCommandIT {

    @TempDir
    Path folder;

    @BeforeAll
    static void database() {
        TestDatabase.assumeAvailable();
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run pactum(String... args) {
        System.setProperty("spring.datasource.url", TestDatabase.url());
        System.setProperty("spring.datasource.username", TestDatabase.user());
        System.setProperty("spring.datasource.password", TestDatabase.password());
        System.setProperty("pactum.home", folder.toString());
        System.setProperty("pactum.admin.initial-password", "cli-test-password");
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new PactumCli()).execute(args);
            return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            for (String key : new String[] {"spring.datasource.url", "spring.datasource.username",
                "spring.datasource.password", "pactum.home", "pactum.admin.initial-password"}) {
                System.clearProperty(key);
            }
        }
    }

    @Test
    void aBadRowExitsWithTwoNamingFileLineAndColumn() throws Exception {
        Path csv = folder.resolve("unemployment.csv");
        Files.writeString(csv, """
                Country Name,Country Code,Year,Value
                France,FRA,2034,7.1
                Germany,DEU,20x4,3.5
                """);
        Run run = pactum("import", "--indicator", "wdi.unemployment", "--edition", "cli test", "--format", "wdi",
                csv.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(csv.toString() + ": line 3, column 'Year': '20x4' is not a period")
                .contains("nothing was stored");
        Run check = pactum("import", "--indicator", "wdi.unemployment", "--edition", "cli test 2", "--format", "wdi",
                write("ok.csv", "Country Name,Country Code,Year,Value\nFrance,FRA,2035,7.2\n"));
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("1 observations stored");
    }

    @Test
    void anUnknownSeriesOrMissingFileExitsWithTwo() throws Exception {
        assertThat(pactum("import", "--indicator", "no.such.series", "--edition", "x", "--format", "wdi",
                write("x.csv", "Country Name,Country Code,Year,Value\n")).exitCode()).isEqualTo(2);
        assertThat(pactum("import", "--indicator", "wdi.population", "--edition", "x", "--format", "wdi",
                folder.resolve("missing.csv").toString()).exitCode()).isEqualTo(2);
        assertThat(pactum("import", "--indicator", "wdi.population", "--format", "wdi", "x.csv").exitCode())
                .as("a missing required option").isEqualTo(2);
    }

    private String write(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        return file.toString();
    }
}
