package org.pactum.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.testing.CommandLineRun;
import org.pactum.server.testing.TestDatabase;
import org.pactum.server.warning.FrontexFile;

/** The example: {@code pactum forecast --series frontex:central-mediterranean --horizon 6}, and its bad input. */
class ForecastCommandIT {

    @TempDir
    Path folder;

    @BeforeAll
    static void database() {
        TestDatabase.assumeAvailable();
    }

    @Test
    void theExamplePrintsSixMonthsAfterTheLastDataWithTheirBounds() throws Exception {
        CommandLineRun run = CommandLineRun.of(new PactumCli(), folder, "forecast", "--series", "frontex:central-mediterranean",
                "--horizon", "6");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("month,model,forecast,lower80,upper80,lower95,upper95");
        assertThat(lines).hasSize(7);
        YearMonth last = FrontexFile.lastMonth(FrontexFile.read("central-mediterranean"));
        for (int h = 1; h <= 6; h++) {
            String[] row = lines.get(h).split(",", -1);
            assertThat(row[0]).isEqualTo(last.plusMonths(h).toString());
            double lower95 = Double.parseDouble(row[5]);
            double lower80 = Double.parseDouble(row[3]);
            double upper80 = Double.parseDouble(row[4]);
            double upper95 = Double.parseDouble(row[6]);
            assertThat(lower95).isLessThanOrEqualTo(lower80);
            assertThat(lower80).isLessThanOrEqualTo(upper80);
            assertThat(upper80).isLessThanOrEqualTo(upper95);
        }
        assertThat(run.err()).contains("Frontex").contains("permission");
    }

    @Test
    void anUnknownSeriesOrAHorizonOutOfRangeExitsWithTwoNamingTheOption() throws Exception {
        CommandLineRun horizon = CommandLineRun.of(new PactumCli(), folder, "forecast", "--series", "frontex:central-mediterranean",
                "--horizon", "37");
        assertThat(horizon.exitCode()).isEqualTo(2);
        assertThat(horizon.err()).contains("--horizon");
        CommandLineRun series = CommandLineRun.of(new PactumCli(), folder, "forecast", "--series", "frontex:atlantis");
        assertThat(series.exitCode()).isEqualTo(2);
        assertThat(series.err()).contains("--series").contains("frontex:atlantis");
    }

    @Test
    void anAnnualDestinationSeriesIsForecastInYears() throws Exception {
        CommandLineRun run = CommandLineRun.of(new PactumCli(), folder, "forecast", "--series", "eurostat:DEU", "--horizon", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("year,model,forecast,lower80,upper80,lower95,upper95");
        assertThat(lines).hasSize(3);
        int last = org.pactum.server.warning.DestinationFile.read("eurostat.asylum-applicants-total").get("DEU").lastKey();
        assertThat(lines.get(1)).startsWith((last + 1) + ",");
        assertThat(lines.get(2)).startsWith((last + 2) + ",");
        assertThat(run.err()).contains("Eurostat");
        CommandLineRun tooFar = CommandLineRun.of(new PactumCli(), folder, "forecast", "--series", "unhcr:DEU", "--horizon", "4");
        assertThat(tooFar.exitCode()).isEqualTo(2);
        assertThat(tooFar.err()).contains("--horizon").contains("years");
        CommandLineRun unknown = CommandLineRun.of(new PactumCli(), folder, "forecast", "--series", "eurostat:XXX");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--series").contains("eurostat:XXX");
    }
}
