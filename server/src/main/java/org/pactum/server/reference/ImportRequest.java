package org.pactum.server.reference;

import java.util.Objects;

/** A newer edition of one series, in one of the publishers' formats. */
public record ImportRequest(String indicatorCode, String edition, ImportFormat format, String fileName) {

    public ImportRequest {
        Objects.requireNonNull(format, "format");
        if (indicatorCode == null || indicatorCode.isBlank()) {
            throw new IllegalArgumentException("Name the series (indicator code) to import into");
        }
        if (edition == null || edition.isBlank()) {
            throw new IllegalArgumentException("Name the edition being imported, e.g. 'WDI 2026-12'");
        }
        fileName = fileName == null || fileName.isBlank() ? "upload.csv" : fileName;
    }
}
