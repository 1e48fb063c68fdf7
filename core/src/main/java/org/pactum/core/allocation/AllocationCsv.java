package org.pactum.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an instance from two CSV texts (comma-separated, first line the header, no quoted fields):
 *
 * <pre>
 * destinations: id,capacity,minimum,maximum,service:&lt;dimension&gt;...
 * households:   id,persons,need:&lt;dimension&gt;...,tied_to,score:&lt;destination id&gt;...
 * </pre>
 *
 * The service dimensions are those of the destinations file, in its order; the households file needs
 * a {@code need:} column for each and a {@code score:} column for every destination. An empty score
 * marks an incompatible pair, an empty {@code tied_to} no tie. Every problem is reported at once with
 * file, line and column ({@link InstanceProblem.BadInput}); rows in later messages count data lines
 * from 1 (line 2 of the file is row 1).
 */
public final class AllocationCsv {

    private AllocationCsv() {
    }

    public static Instance read(String destinationsName, String destinationsCsv, String householdsName, String householdsCsv, TiePolicy ties) {
        List<InstanceProblem> problems = new ArrayList<>();
        List<String[]> destinationRows = lines(destinationsCsv);
        List<String[]> householdRows = lines(householdsCsv);
        if (destinationRows.isEmpty()) {
            throw new InvalidInstanceException(List.of(new InstanceProblem.BadInput(destinationsName, 0, "", "the file is empty")));
        }
        if (householdRows.isEmpty()) {
            throw new InvalidInstanceException(List.of(new InstanceProblem.BadInput(householdsName, 0, "", "the file is empty")));
        }
        Map<String, Integer> dHeader = header(destinationRows.get(0));
        List<String> dimensions = new ArrayList<>();
        for (String column : destinationRows.get(0)) {
            if (column.startsWith("service:")) {
                dimensions.add(column.substring("service:".length()));
            }
        }
        for (String required : List.of("id", "capacity", "minimum", "maximum")) {
            if (!dHeader.containsKey(required)) {
                problems.add(new InstanceProblem.BadInput(destinationsName, 1, required, "missing column"));
            }
        }
        Map<String, Integer> hHeader = header(householdRows.get(0));
        List<String> hRequired = new ArrayList<>(List.of("id", "persons", "tied_to"));
        dimensions.forEach(d -> hRequired.add("need:" + d));
        for (String required : hRequired) {
            if (!hHeader.containsKey(required)) {
                problems.add(new InstanceProblem.BadInput(householdsName, 1, required, "missing column"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInstanceException(problems);
        }
        List<Destination> destinations = new ArrayList<>();
        for (int r = 1; r < destinationRows.size(); r++) {
            String[] row = destinationRows.get(r);
            int line = r + 1;
            CsvCells cells = new CsvCells(destinationsName, line, row, dHeader, problems);
            String id = cells.text("id");
            int capacity = cells.count("capacity");
            int minimum = cells.count("minimum");
            int maximum = cells.count("maximum");
            int[] services = new int[dimensions.size()];
            for (int c = 0; c < services.length; c++) {
                services[c] = cells.count("service:" + dimensions.get(c));
            }
            if (cells.ok()) {
                try {
                    destinations.add(new Destination(id, capacity, minimum, maximum, services));
                } catch (IllegalArgumentException wrong) {
                    problems.add(new InstanceProblem.BadInput(destinationsName, line, "", wrong.getMessage()));
                }
            }
        }
        for (Destination destination : destinations) {
            if (!hHeader.containsKey("score:" + destination.id())) {
                problems.add(new InstanceProblem.BadInput(householdsName, 1, "score:" + destination.id(), "missing column"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInstanceException(problems);
        }
        int m = destinations.size();
        int n = householdRows.size() - 1;
        float[] scores = new float[n * m];
        List<Household> households = new ArrayList<>();
        for (int r = 1; r < householdRows.size(); r++) {
            String[] row = householdRows.get(r);
            int line = r + 1;
            CsvCells cells = new CsvCells(householdsName, line, row, hHeader, problems);
            String id = cells.text("id");
            int persons = cells.count("persons");
            int[] needs = new int[dimensions.size()];
            for (int c = 0; c < needs.length; c++) {
                needs[c] = cells.count("need:" + dimensions.get(c));
            }
            String tie = cells.optional("tied_to");
            for (int d = 0; d < m; d++) {
                scores[(r - 1) * m + d] = cells.score("score:" + destinations.get(d).id());
            }
            if (cells.ok()) {
                try {
                    households.add(new Household(id, persons, needs, tie.isEmpty() ? Optional.empty() : Optional.of(tie)));
                } catch (IllegalArgumentException wrong) {
                    problems.add(new InstanceProblem.BadInput(householdsName, line, "", wrong.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInstanceException(problems);
        }
        return Instance.of(households, destinations, dimensions, scores, ties);
    }

    private static List<String[]> lines(String csv) {
        List<String[]> rows = new ArrayList<>();
        for (String line : csv.split("\r?\n", -1)) {
            if (!line.isBlank()) {
                rows.add(Arrays.stream(line.split(",", -1)).map(String::trim).toArray(String[]::new));
            }
        }
        return rows;
    }

    private static Map<String, Integer> header(String[] columns) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < columns.length; c++) {
            index.putIfAbsent(columns[c], c);
        }
        return index;
    }
}
