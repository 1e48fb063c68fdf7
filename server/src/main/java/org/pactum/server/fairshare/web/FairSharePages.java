package org.pactum.server.fairshare.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pactum.server.fairshare.FairShareCalculator;
import org.pactum.server.fairshare.FairShareRejected;
import org.pactum.server.fairshare.FairShareRequest;
import org.pactum.server.fairshare.FairShareResult;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The fair-share calculator: a key, a data year, the participating and excluded states, a total
 * and a method; a table and a bar chart of the result; optionally a second key beside it with the
 * difference per state; downloads as CSV, XLSX and JSON. Computing here stores nothing.
 */
@Controller
class FairSharePages {

    static final List<String> METHODS = List.of("hamilton", "dhondt", "sainte-lague", "huntington-hill",
            "nearest-person", "easy");

    private final FairShareCalculator calculator;
    private final tools.jackson.databind.json.JsonMapper json;

    FairSharePages(FairShareCalculator calculator, tools.jackson.databind.json.JsonMapper json) {
        this.calculator = calculator;
        this.json = json;
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(FairShareRejected.class)
    ResponseEntity<org.springframework.http.ProblemDetail> rejected(FairShareRejected e) {
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(FairShareApi.problem(e));
    }

    /** A state's line when two keys are compared. */
    record Comparison(String state, String name, long first, long second, long difference) {
    }

    @GetMapping("/fair-shares")
    String calculator(@RequestParam(defaultValue = "eu-ammr-2024") String key,
            @RequestParam(defaultValue = "2024") int year, @RequestParam(defaultValue = "21000") long total,
            @RequestParam(defaultValue = "hamilton") String method, @RequestParam(defaultValue = "") String participants,
            @RequestParam(required = false) String exclude, @RequestParam(defaultValue = "") String compare,
            @RequestParam(defaultValue = "") String criteria, Model model) {
        exclude = exclusions(exclude, participants);
        List<String> keys = new ArrayList<>(FairShareCalculator.KEYS);
        calculator.definedKeys().forEach(k -> keys.add(k.keyName()));
        model.addAttribute("keys", keys);
        model.addAttribute("criteria", criteria);
        model.addAttribute("methods", METHODS);
        model.addAttribute("key", key);
        model.addAttribute("year", year);
        model.addAttribute("total", total);
        model.addAttribute("method", method);
        model.addAttribute("participants", participants);
        model.addAttribute("exclude", exclude);
        model.addAttribute("compare", compare);
        try {
            FairShareResult result = calculator.compute(request(key, year, total, method, participants, exclude, criteria));
            model.addAttribute("result", result);
            model.addAttribute("chartJson", result.rows().stream()
                    .map(r -> "{\"state\":\"" + r.state() + "\",\"persons\":" + r.persons() + "}")
                    .collect(Collectors.joining(",", "[", "]")));
            if (!compare.isBlank()) {
                FairShareResult second = calculator.compute(request(compare, year, total, method, participants, exclude,
                        criteria));
                Map<String, FairShareResult.Row> byState = second.rows().stream()
                        .collect(Collectors.toMap(FairShareResult.Row::state, Function.identity()));
                List<Comparison> comparison = new ArrayList<>();
                for (FairShareResult.Row row : result.rows()) {
                    long other = Optional.ofNullable(byState.get(row.state())).map(FairShareResult.Row::persons).orElse(0L);
                    comparison.add(new Comparison(row.state(), row.name(), row.persons(), other, other - row.persons()));
                }
                model.addAttribute("second", second);
                model.addAttribute("comparison", comparison);
            }
        } catch (FairShareRejected e) {
            model.addAttribute("problems", e.problems());
        }
        return "fairshare/calculator";
    }

    @GetMapping("/fair-shares/download.{format}")
    ResponseEntity<byte[]> download(@PathVariable String format, @RequestParam(defaultValue = "eu-ammr-2024") String key,
            @RequestParam(defaultValue = "2024") int year, @RequestParam(defaultValue = "21000") long total,
            @RequestParam(defaultValue = "hamilton") String method, @RequestParam(defaultValue = "") String participants,
            @RequestParam(required = false) String exclude, @RequestParam(defaultValue = "") String criteria) {
        exclude = exclusions(exclude, participants);
        FairShareResult result = calculator.compute(request(key, year, total, method, participants, exclude, criteria));
        Tables.Table table = table(result);
        String name = "fair-shares-" + result.key() + "-" + result.dataYear();
        return switch (format) {
            case "csv" -> file(Tables.csv(table).getBytes(StandardCharsets.UTF_8), "text/csv", name + ".csv");
            case "xlsx" -> file(Tables.xlsx("Fair shares", table),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
            case "json" -> file(json.writeValueAsBytes(result), "application/json", name + ".json");
            default -> throw new org.pactum.server.support.NotFoundException("download format", format);
        };
    }

    static Tables.Table table(FairShareResult result) {
        List<List<Object>> rows = result.rows().stream().map(r -> List.<Object>of(r.state(), r.name(),
                r.share().toPlainString(), r.quota().toPlainString(), r.persons(), r.moneyEuros())).toList();
        List<String> notes = new ArrayList<>();
        notes.add(result.keyTitle() + " (" + result.key() + "), data year " + result.dataYear() + ", method " + result.method());
        notes.add("Formula: " + result.formula());
        notes.add("Legal source: " + result.legalSource());
        result.sources().forEach(s -> notes.add("Source: " + s));
        notes.addAll(result.notes());
        return new Tables.Table(List.of("state", "name", "share", "quota", "persons", "money_equivalent_eur"), rows, notes);
    }

    static FairShareRequest request(String key, int year, long total, String method, String participants, String exclude,
            String criteria) {
        return new FairShareRequest(key, year, codes(participants), codes(exclude), total, method,
                FairShareRequest.DEFAULT_EURO_PER_PERSON, criteria(criteria));
    }

    /**
     * Criteria of a custom key as typed in the form, one a line: series code, weight, direction
     * and an optional cap ({@code wdi.population, 0.5, direct}). A weight that is not a number is
     * passed on as 0 so that the calculator names the criterion.
     */
    static List<FairShareRequest.CriterionSpec> criteria(String text) {
        List<FairShareRequest.CriterionSpec> criteria = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String[] parts = line.split("[,;]");
            if (line.isBlank()) {
                continue;
            }
            double weight;
            try {
                weight = parts.length > 1 ? Double.parseDouble(parts[1].strip()) : 0;
            } catch (NumberFormatException e) {
                weight = 0;
            }
            Double cap = null;
            if (parts.length > 3 && !parts[3].isBlank()) {
                try {
                    cap = Double.parseDouble(parts[3].strip());
                } catch (NumberFormatException e) {
                    cap = -1.0;
                }
            }
            criteria.add(new FairShareRequest.CriterionSpec(parts[0].strip(), weight,
                    parts.length > 2 ? parts[2].strip() : "direct", cap, null));
        }
        return criteria;
    }

    /**
     * The states excluded from sharing: as given (an empty field excludes none); when the field is
     * absent, the four benefitting states of the 2026 pool if the participants are the EU default.
     */
    static String exclusions(String exclude, String participants) {
        if (exclude != null) {
            return exclude;
        }
        return participants.isBlank() ? "CYP,GRC,ITA,ESP" : "";
    }

    static List<String> codes(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
