package org.pactum.server.monitoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure a party reports for one period of an indicator, in the indicator's unit, with its
 * source and a description of the supporting documents (names, dates, checksums or links).
 */
public record ReportRequest(String period, BigDecimal value, String unit, String source, String documents, String note) {

    public ReportRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("A report names its source");
        }
        documents = documents == null ? "" : documents.strip();
        note = note == null ? "" : note.strip();
        if (source.length() > 500 || documents.length() > 2000 || note.length() > 2000) {
            throw new IllegalArgumentException("source, documents or note too long (500, 2000, 2000 characters)");
        }
    }
}
