package org.pactum.core.allocation.outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.pactum.core.allocation.CsvCells;
import org.pactum.core.allocation.InstanceProblem;
import org.pactum.core.allocation.InvalidInstanceException;

/**
 * Reads and writes case profiles as CSV (comma-separated, first line the header, no quoted fields,
 * columns in any order, other columns ignored):
 *
 * <pre>
 * id,nationality,principal_gender,members_under_6,members_6_17,members_18_34,members_35_64,members_65_plus,
 *   languages,education,medical_needs,tied_to,need:&lt;dimension&gt;...
 * </pre>
 *
 * {@code nationality}: ISO 3166 alpha-3 (SYR); {@code principal_gender}: female, male or other;
 * {@code members_*}: whole numbers, at least one member in all; {@code languages}: ISO 639 codes
 * separated by {@code ;} (ar;en), may be empty; {@code education}: none, primary, secondary or
 * tertiary (highest completed by an adult); {@code medical_needs}: yes or no; {@code tied_to}: a
 * destination id or empty; one {@code need:} column per service dimension of the destinations. An
 * optional {@code persons} column must equal the sum of the members. Every problem is reported at
 * once with file, line and column ({@link InstanceProblem.BadInput}); duplicate ids with their lines.
 */
public final class CaseProfileCsv {

    private static final List<String> REQUIRED = List.of("id", "nationality", "principal_gender", "members_under_6", "members_6_17",
            "members_18_34", "members_35_64", "members_65_plus", "languages", "education", "medical_needs", "tied_to");

    private CaseProfileCsv() {
    }

    /**
     * @param name       the file's name, for messages
     * @param dimensions the service dimensions of the destinations, in their order
     * @throws InvalidInstanceException naming every bad line and column
     */
    public static List<CaseProfile> read(String name, String csv, List<String> dimensions) {
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        String[] lines = csv.split("\r?\n", -1);
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
        String[] columns = rows.get(0);
        for (int c = 0; c < columns.length; c++) {
            header.putIfAbsent(columns[c], c);
        }
        List<InstanceProblem> problems = new ArrayList<>();
        List<String> required = new ArrayList<>(REQUIRED);
        dimensions.forEach(d -> required.add("need:" + d));
        for (String column : required) {
            if (!header.containsKey(column)) {
                problems.add(new InstanceProblem.BadInput(name, lineNumbers.get(0), column, "missing column"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInstanceException(problems);
        }
        List<CaseProfile> profiles = new ArrayList<>();
        Map<String, List<Integer>> idLines = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            int line = lineNumbers.get(r);
            CsvCells cells = new CsvCells(name, line, rows.get(r), header, problems);
            String id = cells.text("id");
            String nationality = cells.text("nationality");
            if (!nationality.isEmpty() && !nationality.matches("[A-Z]{3}")) {
                cells.fail("nationality", "expected an ISO 3166 alpha-3 code such as SYR, was '" + nationality + "'");
            }
            Gender gender = cells.word("principal_gender", Gender::fromWord, "female, male or other");
            int[] band = new int[5];
            List<String> bands = REQUIRED.subList(3, 8);
            for (int b = 0; b < 5; b++) {
                band[b] = cells.count(bands.get(b));
            }
            Set<String> languages = new TreeSet<>();
            for (String language : cells.optional("languages").split(";")) {
                if (language.trim().matches("[a-z]{2,3}")) {
                    languages.add(language.trim());
                } else if (!language.isBlank()) {
                    cells.fail("languages", "expected ISO 639 codes such as ar;en, found '" + language.trim() + "'");
                }
            }
            Education education = cells.word("education", Education::fromWord, "none, primary, secondary or tertiary");
            Boolean medical = cells.word("medical_needs", w -> w.equals("yes") ? Optional.of(true) : w.equals("no") ? Optional.of(false) : Optional.empty(), "yes or no");
            String tie = cells.optional("tied_to");
            int[] needs = new int[dimensions.size()];
            for (int c = 0; c < needs.length; c++) {
                needs[c] = cells.count("need:" + dimensions.get(c));
            }
            int members = Arrays.stream(band).sum();
            if (header.containsKey("persons") && cells.ok() && cells.count("persons") != members) {
                cells.fail("persons", "is " + cells.optional("persons") + " but the members by age band add up to " + members);
            }
            if (!cells.ok()) {
                continue;
            }
            idLines.computeIfAbsent(id, i -> new ArrayList<>()).add(line);
            try {
                profiles.add(new CaseProfile(id, new AgeBands(band[0], band[1], band[2], band[3], band[4]), languages, education, medical,
                        nationality, gender, tie.isEmpty() ? Optional.empty() : Optional.of(tie), needs));
            } catch (IllegalArgumentException wrong) {
                problems.add(new InstanceProblem.BadInput(name, line, "", wrong.getMessage()));
            }
        }
        idLines.forEach((id, at) -> {
            if (at.size() > 1) {
                problems.add(new InstanceProblem.BadInput(name, at.get(1), "id", "household id " + id + " appears more than once, on lines " + at));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInstanceException(problems);
        }
        return profiles;
    }

    /** The profiles in the format {@link #read} reads. */
    public static String write(List<CaseProfile> profiles, List<String> dimensions) {
        StringBuilder csv = new StringBuilder(String.join(",", REQUIRED));
        dimensions.forEach(d -> csv.append(",need:").append(d));
        csv.append('\n');
        for (CaseProfile p : profiles) {
            AgeBands m = p.members();
            int[] needs = p.needs();
            if (needs.length != dimensions.size()) {
                throw new IllegalArgumentException("case " + p.id() + " gives " + needs.length + " service needs, expected " + dimensions.size());
            }
            csv.append(String.join(",", p.id(), p.nationality(), p.principalGender().word(), String.valueOf(m.under6()),
                    String.valueOf(m.from6to17()), String.valueOf(m.from18to34()), String.valueOf(m.from35to64()), String.valueOf(m.from65()),
                    new TreeSet<>(p.languages()).stream().collect(Collectors.joining(";")), p.education().word(),
                    p.medicalNeeds() ? "yes" : "no", p.tiedTo().orElse("")));
            for (int need : needs) {
                csv.append(',').append(need);
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
