package org.pactum.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.testing.CommandLineRun;
import org.pactum.server.testing.TestDatabase;

/** The example: {@code pactum fair-share --key eu-ammr-2024 --year 2024 --total 21000 --exclude CYP,GRC,ITA,ESP}. */
class FairShareCommandIT {

    @TempDir
    Path folder;

    @BeforeAll
    static void database() {
        TestDatabase.assumeAvailable();
    }

    private String[] run(String... args) {
        CommandLineRun run = CommandLineRun.of(new PactumCli(), folder, args);
        return new String[] {String.valueOf(run.exitCode()), run.out(), run.err()};
    }

    @Test
    void theExamplePrintsACompleteCorrectTable() throws Exception {
        String[] run = run("fair-share", "--key", "eu-ammr-2024", "--year", "2024", "--total", "21000",
                "--exclude", "CYP,GRC,ITA,ESP", "--method", "hamilton", "--format", "csv");
        assertThat(run[0]).as(run[2]).isEqualTo("0");
        List<String> lines = run[1].lines().toList();
        assertThat(lines.get(0)).isEqualTo("state,share,quota,persons,money_eur");
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(",")).toList();
        assertThat(rows).hasSize(23);
        Map<String, Double> expected = org.pactum.server.fairshare.IndependentSharesAccess.ammr2024(2024);
        long sum = 0;
        for (String[] row : rows) {
            assertThat(row).hasSize(5);
            double share = Double.parseDouble(row[1]);
            double quota = Double.parseDouble(row[2]);
            long persons = Long.parseLong(row[3]);
            assertThat(share).as(row[0]).isCloseTo(expected.get(row[0]), within(1e-9));
            assertThat(quota).as(row[0]).isCloseTo(expected.get(row[0]) * 21_000, within(1e-4));
            assertThat(persons).isBetween((long) Math.floor(quota), (long) Math.ceil(quota));
            assertThat(Long.parseLong(row[4])).isEqualTo(persons * 20_000);
            sum += persons;
        }
        assertThat(sum).isEqualTo(21_000);
        assertThat(Arrays.stream(new String[] {"CYP", "GRC", "ITA", "ESP"}))
                .allSatisfy(excluded -> assertThat(run[1]).doesNotContain(excluded + ","));
    }

    @Test
    void badInputExitsWithTwoNamingTheItem() {
        String[] run = run("fair-share", "--total", "100", "--exclude", "ZZZ");
        assertThat(run[0]).isEqualTo("2");
        assertThat(run[2]).contains("excluded: 'ZZZ' is not a known ISO 3166-1 alpha-3 state code");
        assertThat(run("fair-share", "--total", "-3")[0]).isEqualTo("2");
        assertThat(run("pool", "no-such-pool")[0]).isEqualTo("2");
    }
}
