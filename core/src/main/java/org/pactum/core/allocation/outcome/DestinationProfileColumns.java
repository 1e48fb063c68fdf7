package org.pactum.core.allocation.outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pactum.core.allocation.InstanceProblem;
import org.pactum.core.allocation.InvalidInstanceException;

/**
 * The destination profiles named in a destinations file (the format of
 * {@link org.pactum.core.allocation.AllocationCsv}) by two more columns: {@code country}, the ISO
 * 3166 alpha-3 code whose labour market and migrant stock stand for the destination (a Member
 * State itself, or the state a municipality is in), and {@code languages}, the ISO 639 codes spoken
 * there separated by {@code ;}. The figures come from {@link ReferenceIndicators} as known in the
 * year given.
 */
public final class DestinationProfileColumns {

    private DestinationProfileColumns() {
    }

    /** @throws InvalidInstanceException naming every bad line and column */
    public static Map<String, DestinationProfile> read(String name, String destinationsCsv, ReferenceIndicators indicators, int year) {
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        String[] lines = destinationsCsv.split("\r?\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (!lines[l].isBlank()) {
                rows.add(Arrays.stream(lines[l].split(",", -1)).map(String::trim).toArray(String[]::new));
                lineNumbers.add(l + 1);
            }
        }
        if (rows.isEmpty()) {
            throw new InvalidInstanceException(List.of(new InstanceProblem.BadInput(name, 0, "", "the file is empty")));
        }
        Map<String, Integer> header = new HashMap<>();
        for (int c = 0; c < rows.get(0).length; c++) {
            header.putIfAbsent(rows.get(0)[c], c);
        }
        List<InstanceProblem> problems = new ArrayList<>();
        for (String column : List.of("id", "country", "languages")) {
            if (!header.containsKey(column)) {
                problems.add(new InstanceProblem.BadInput(name, lineNumbers.get(0), column,
                        "missing column (needed to score households with an outcome model)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInstanceException(problems);
        }
        Map<String, DestinationProfile> profiles = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            int line = lineNumbers.get(r);
            String id = cell(row, header.get("id"));
            String country = cell(row, header.get("country"));
            Set<String> languages = new TreeSet<>();
            for (String language : cell(row, header.get("languages")).split(";")) {
                if (language.trim().matches("[a-z]{2,3}")) {
                    languages.add(language.trim());
                } else if (!language.isBlank()) {
                    problems.add(new InstanceProblem.BadInput(name, line, "languages", "expected ISO 639 codes such as de;en, found '" + language.trim() + "'"));
                }
            }
            if (!country.matches("[A-Z]{3}")) {
                problems.add(new InstanceProblem.BadInput(name, line, "country", "expected an ISO 3166 alpha-3 code such as DEU, was '" + country + "'"));
                continue;
            }
            DestinationProfile profile = indicators.profile(id, country, year, languages);
            if (Double.isNaN(profile.unemployment()) || Double.isNaN(profile.gdpPerCapitaPpp())) {
                problems.add(new InstanceProblem.BadInput(name, line, "country",
                        "the reference data has no unemployment or GDP per capita for " + country + " up to " + year));
            }
            if (!id.isEmpty()) {
                profiles.put(id, profile);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInstanceException(problems);
        }
        return profiles;
    }

    private static String cell(String[] row, int column) {
        return column < row.length ? row[column] : "";
    }
}
