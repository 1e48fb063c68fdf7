package org.pactum.server.grievances.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pactum.server.grievances.GrievanceStatistics.Line;
import org.pactum.server.grievances.GrievanceStatistics.Statistics;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The public statistics as CSV: one row per cell, suppressed counts left empty and marked. */
final class GrievanceCsv {

    private GrievanceCsv() {
    }

    static ResponseEntity<String> of(Statistics statistics) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("dimension", "key", "count", "suppressed").get())) {
            printer.printRecord("total", "", value(statistics.total()), statistics.total() == null);
            rows(printer, "category", statistics.byCategory());
            rows(printer, "agreement", statistics.byAgreement());
            rows(printer, "month", statistics.byMonth());
            printer.printRecord("median-resolution-hours", "", value(statistics.medianResolutionHours()),
                    statistics.medianResolutionHours() == null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"pactum-grievance-statistics.csv\"").body(out.toString());
    }

    private static void rows(CSVPrinter printer, String dimension, List<Line> lines) throws IOException {
        for (Line line : lines) {
            printer.printRecord(dimension, line.key(), value(line.count()), line.suppressed());
        }
    }

    private static String value(Long count) {
        return count == null ? "" : count.toString();
    }
}
