package org.pactum.server.agreements.web;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pactum.server.agreements.DictionaryEntry;
import org.pactum.server.agreements.SharedDictionary;
import org.pactum.server.support.NotFoundException;
import org.pactum.server.support.UnprocessableException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shared dictionary: read by all, changed (as new versions) and imported by administrators, exported as JSON or CSV. */
@RestController
@RequestMapping("/api/v1/dictionary")
class DictionaryApi {

    private final SharedDictionary dictionary;

    DictionaryApi(SharedDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @GetMapping
    List<DictionaryEntry> all() {
        return dictionary.all();
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    ResponseEntity<String> csv() throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("list", "code", "version", "label", "description", "unit", "direction", "aggregation", "mapping").get())) {
            for (DictionaryEntry e : dictionary.all()) {
                csv.printRecord(e.list(), e.code(), e.version(), e.label(), e.description(), e.unit().orElse(""),
                        e.direction().map(Enum::name).orElse(""), e.aggregation().map(Enum::name).orElse(""), e.mapping());
            }
        }
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"pactum-dictionary.csv\"")
                .body(out.toString());
    }

    @GetMapping("/{list}")
    List<DictionaryEntry> list(@PathVariable String list) {
        return dictionary.list(list);
    }

    @GetMapping("/{list}/{code}")
    List<DictionaryEntry> versions(@PathVariable String list, @PathVariable String code) {
        List<DictionaryEntry> versions = dictionary.history(list, code);
        if (versions.isEmpty()) {
            throw new NotFoundException("dictionary entry", list + "/" + code);
        }
        return versions;
    }

    @PutMapping("/{list}/{code}")
    DictionaryEntry save(@PathVariable String list, @PathVariable String code, @RequestBody EntryRequest entry) {
        try {
            return dictionary.save(new DictionaryEntry(list, code, 0, entry.label(), entry.description(),
                    java.util.Optional.ofNullable(entry.unit()), java.util.Optional.ofNullable(entry.direction()),
                    java.util.Optional.ofNullable(entry.aggregation()), entry.mapping()));
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException("entry", e.getMessage());
        }
    }

    @PostMapping(value = "/import", consumes = "application/json")
    ImportResult importAll(@RequestBody List<DictionaryEntry> entries) {
        return new ImportResult(dictionary.importAll(entries));
    }

    /** A new version of an entry: its list and code come from the path. */
    record EntryRequest(String label, String description, String unit, org.pactum.core.compliance.Direction direction,
            DictionaryEntry.Aggregation aggregation, String mapping) {
    }

    /**
     * Imports entries from CSV with the export's header ({@code list,code,version,label,...}; the
     * version column is ignored): every line is checked first, and a bad line rejects the file.
     */
    @PostMapping(value = "/import", consumes = "text/csv")
    ImportResult importCsv(@RequestBody String body) throws IOException {
        List<DictionaryEntry> entries = new java.util.ArrayList<>();
        try (org.apache.commons.csv.CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(body))) {
            for (org.apache.commons.csv.CSVRecord record : parser) {
                try {
                    entries.add(new DictionaryEntry(record.get("list"), record.get("code"), 0, record.get("label"),
                            optional(record, "description").orElse(""), optional(record, "unit"),
                            optional(record, "direction").map(org.pactum.core.compliance.Direction::valueOf),
                            optional(record, "aggregation").map(DictionaryEntry.Aggregation::valueOf),
                            optional(record, "mapping").orElse("")));
                } catch (IllegalArgumentException e) {
                    throw new UnprocessableException("line " + (record.getRecordNumber() + 1), "line "
                            + (record.getRecordNumber() + 1) + ": " + e.getMessage());
                }
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new UnprocessableException("file", "Not a dictionary CSV: " + e.getMessage());
        }
        return new ImportResult(dictionary.importAll(entries));
    }

    private static java.util.Optional<String> optional(org.apache.commons.csv.CSVRecord record, String column) {
        return record.isMapped(column) ? java.util.Optional.of(record.get(column)).filter(v -> !v.isBlank())
                : java.util.Optional.empty();
    }

    record ImportResult(int imported) {
    }
}
