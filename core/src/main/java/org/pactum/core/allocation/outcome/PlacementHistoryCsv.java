package org.pactum.core.allocation.outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pactum.core.allocation.InstanceProblem;
import org.pactum.core.allocation.InvalidInstanceException;

/**
 * Reads and writes past placements and their outcomes, the training data of a learnt outcome
 * model: the columns of a case-profile file ({@link CaseProfileCsv}, no {@code need:} columns
 * needed) and two more,
 *
 * <pre>
 * ...,placed_at,employed
 * </pre>
 *
 * {@code placed_at}: the destination the household was placed at (an id of the destination
 * profiles the model is trained with); {@code employed}: yes if at least one adult was employed
 * within a year, else no. Every problem is reported at once with file, line and column.
 */
public final class PlacementHistoryCsv {

    private PlacementHistoryCsv() {
    }

    /** @throws InvalidInstanceException naming every bad line and column */
    public static List<Placement> read(String name, String csv) {
        List<CaseProfile> households = CaseProfileCsv.read(name, csv, List.of());
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        String[] lines = csv.split("\r?\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (!lines[l].isBlank()) {
                rows.add(Arrays.stream(lines[l].split(",", -1)).map(String::trim).toArray(String[]::new));
                lineNumbers.add(l + 1);
            }
        }
        Map<String, Integer> header = new HashMap<>();
        for (int c = 0; c < rows.get(0).length; c++) {
            header.putIfAbsent(rows.get(0)[c], c);
        }
        List<InstanceProblem> problems = new ArrayList<>();
        for (String column : List.of("placed_at", "employed")) {
            if (!header.containsKey(column)) {
                problems.add(new InstanceProblem.BadInput(name, lineNumbers.get(0), column, "missing column"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInstanceException(problems);
        }
        List<Placement> placements = new ArrayList<>(households.size());
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            int line = lineNumbers.get(r);
            String destination = cell(row, header.get("placed_at"));
            String employed = cell(row, header.get("employed"));
            if (destination.isEmpty()) {
                problems.add(new InstanceProblem.BadInput(name, line, "placed_at", "empty: the destination the household was placed at"));
            }
            if (!employed.equals("yes") && !employed.equals("no")) {
                problems.add(new InstanceProblem.BadInput(name, line, "employed", "expected yes or no, was '" + employed + "'"));
            }
            if (problems.isEmpty()) {
                placements.add(new Placement(households.get(r - 1), destination, employed.equals("yes")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInstanceException(problems);
        }
        return placements;
    }

    /** The placements in the format {@link #read} reads. */
    public static String write(List<Placement> placements) {
        String[] profiles = CaseProfileCsv.write(placements.stream().map(Placement::household).toList(), List.of()).split("\n");
        StringBuilder csv = new StringBuilder(profiles[0]).append(",placed_at,employed\n");
        for (int p = 0; p < placements.size(); p++) {
            csv.append(profiles[p + 1]).append(',').append(placements.get(p).destination()).append(',')
                    .append(placements.get(p).employed() ? "yes" : "no").append('\n');
        }
        return csv.toString();
    }

    private static String cell(String[] row, int column) {
        return column < row.length ? row[column] : "";
    }
}
