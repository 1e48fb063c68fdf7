package org.pactum.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.testing.CommandLineRun;

/**
 * {@code pactum allocate} on an instance small enough to solve by hand: X takes 5 persons, Y 3, and
 * the four households count 3 + 2 + 2 + 1 = 8, so Y gets exactly 3 persons: {h1} (total 0.5 + 0.8 +
 * 0.6 + 0.2 = 2.1), {h2, h4} (0.7 + 0.4 + 0.9 + 0.6 = 2.6) or {h3, h4} (0.1 + 0.4 + 0.9 + 0.8 = 2.2).
 * The best is 2.6: h1 and h3 to X, h2 and h4 to Y.
 */
class AllocateCommandTest {

    static final String DESTINATIONS = "id,capacity,minimum,maximum\nX,5,0,5\nY,3,0,3\n";
    static final String HOUSEHOLDS = "id,persons,tied_to,score:X,score:Y\nh1,3,,0.9,0.5\nh2,2,,0.8,0.7\nh3,2,,0.6,0.1\nh4,1,,0.2,0.4\n";

    static final String WEEKS = "2";

    @TempDir
    Path folder;

    private CommandLineRun allocate(String destinations, String households, String... options) throws Exception {
        Path d = Files.writeString(folder.resolve("destinations.csv"), destinations);
        Path h = Files.writeString(folder.resolve("cases.csv"), households);
        List<String> args = new java.util.ArrayList<>(List.of("allocate", "--cases", h.toString(), "--destinations", d.toString()));
        args.addAll(List.of(options));
        return CommandLineRun.of(new PactumCli(), folder, args.toArray(String[]::new));
    }

    @Test
    void batchFindsTheOptimumWorkedOutByHandAndWritesThePlacements() throws Exception {
        Path out = folder.resolve("placements.csv");
        CommandLineRun run = allocate(DESTINATIONS, HOUSEHOLDS, "--mode", "batch", "--time-limit", "30s", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("objective:  2.600000", "proven optimal", "X,2,5,5,0,5", "Y,2,3,3,0,3");
        assertThat(Files.readAllLines(out)).containsExactly("id,persons,destination,score", "h1,3,X,0.9", "h2,2,Y,0.7", "h3,2,X,0.6",
                "h4,1,Y,0.4");
    }

    @Test
    void withoutOutThePlacementsGoToStandardOutputAndTheSummaryToStandardError() throws Exception {
        CommandLineRun run = allocate(DESTINATIONS, HOUSEHOLDS, "--mode", "quota-only");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).hasSize(5).first().isEqualTo("id,persons,destination,score");
        assertThat(run.err()).contains("quota-only", "objective:", "bound:");
    }

    @Test
    void dynamicModePlacesEveryHouseholdWeekByWeekWithinCapacity() throws Exception {
        Path out = folder.resolve("dynamic.csv");
        // with room to spare (X 6, Y 5 for 8 persons), two households a week
        CommandLineRun run = allocate("id,capacity,minimum,maximum\nX,6,0,6\nY,5,0,5\n", HOUSEHOLDS, "--mode", "dynamic", "--weeks", WEEKS,
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("dynamic (" + WEEKS + " weekly batches");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(5);
        int x = 0;
        int y = 0;
        for (String line : lines.subList(1, 5)) {
            String[] cells = line.split(",");
            int persons = Integer.parseInt(cells[1]);
            if (cells[2].equals("X")) {
                x += persons;
            } else {
                assertThat(cells[2]).isEqualTo("Y");
                y += persons;
            }
        }
        assertThat(x).isLessThanOrEqualTo(6);
        assertThat(y).isLessThanOrEqualTo(5);
        assertThat(x + y).isEqualTo(8);
    }

    @Test
    void badFilesExitWithTwoNamingFileLineAndColumn() throws Exception {
        CommandLineRun run = allocate(DESTINATIONS, HOUSEHOLDS.replace("id,persons,", "id,size,"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cases.csv, line 1, column persons: missing column");
        CommandLineRun score = allocate(DESTINATIONS, HOUSEHOLDS.replace("h3,2,,0.6,0.1", "h3,2,,0.6,1.1"));
        assertThat(score.exitCode()).isEqualTo(2);
        assertThat(score.err()).contains("cases.csv, line 4, column score:Y");
        assertThat(allocate(DESTINATIONS, HOUSEHOLDS, "--mode", "lottery").exitCode()).isEqualTo(2);
        assertThat(allocate(DESTINATIONS, HOUSEHOLDS, "--time-limit", "soon").exitCode()).isEqualTo(2);
    }

    @Test
    void anInfeasibleInstanceExitsWithThreeAndTheReason() throws Exception {
        CommandLineRun run = allocate(DESTINATIONS, HOUSEHOLDS.replace("h1,3,", "h1,6,"));
        assertThat(run.exitCode()).isEqualTo(AllocateCommand.INFEASIBLE);
        assertThat(run.err()).contains("household h1 (row 1, 6 persons) fits at no destination", "X: capacity 5 persons", "Y: capacity 3 persons");
    }
}
