package org.pactum.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.testing.CommandLineRun;
import org.pactum.server.testing.TestDatabase;

/** The example: {@code pactum corridor DEU TUR}, and an unknown code. */
class CorridorCommandIT {

    @TempDir
    Path folder;

    @BeforeAll
    static void database() {
        TestDatabase.assumeAvailable();
    }

    @Test
    void germanyAndTurkiye() throws Exception {
        CommandLineRun run = CommandLineRun.of(new PactumCli(), folder, "corridor", "DEU", "TUR");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Corridor DEU (Germany) - TUR")
                .contains("DEU citizens into TUR: visa free, 90 days")
                .contains("TUR citizens into DEU: visa required")
                .contains("reciprocity gap: 3 (visa-free one way only)")
                .contains(String.format(Locale.ROOT, "born in TUR, living in DEU: %,d in 2024", turkishBornInGermany2024()))
                .contains("nationals of DEU: not applicable (TUR is not an EU Member State)");
    }

    @Test
    void anUnknownCodeExitsWith2AndSuggests() {
        CommandLineRun run = CommandLineRun.of(new PactumCli(), folder, "corridor", "DEX", "TUR");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("No country with code 'DEX'").contains("DEU (Germany)");
    }

    /** UN DESA 2024, destination DEU, origin TUR, read from the shipped file by the test itself. */
    private static long turkishBornInGermany2024() throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                CorridorCommandIT.class.getResourceAsStream("/reference/observations/undesa.migrant-stock.csv.gz")),
                StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> l.startsWith("DEU,TUR,2024,")).map(l -> Math.round(Double.parseDouble(l.split(",")[3])))
                    .findFirst().orElseThrow();
        }
    }
}
