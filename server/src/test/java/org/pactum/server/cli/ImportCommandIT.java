package org.pactum.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.testing.CommandLineRun;
import org.pactum.server.testing.TestDatabase;

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

    private CommandLineRun pactum(String... args) {
        return CommandLineRun.of(new PactumCli(), folder, args);
    }

    @Test
    void aBadRowExitsWithTwoNamingFileLineAndColumn() throws Exception {
        Path csv = folder.resolve("unemployment.csv");
        Files.writeString(csv, """
                Country Name,Country Code,Year,Value
                France,FRA,2034,7.1
                Germany,DEU,20x4,3.5
                """);
        CommandLineRun run = pactum("import", "--indicator", "wdi.unemployment", "--edition", "cli test", "--format", "wdi",
                csv.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(csv.toString() + ": line 3, column 'Year': '20x4' is not a period")
                .contains("nothing was stored");
        CommandLineRun check = pactum("import", "--indicator", "wdi.unemployment", "--edition", "cli test 2", "--format", "wdi",
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
