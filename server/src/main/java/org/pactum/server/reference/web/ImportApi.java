package org.pactum.server.reference.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.pactum.server.reference.ImportFormat;
import org.pactum.server.reference.ImportRejected;
import org.pactum.server.reference.ImportRequest;
import org.pactum.server.reference.ImportResult;
import org.pactum.server.reference.ReferenceImports;
import org.pactum.server.support.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports a newer edition of a series (administrators only). A bad row gets 422 naming line, column and reason. */
@RestController
class ImportApi {

    private final ReferenceImports imports;

    ImportApi(ReferenceImports imports) {
        this.imports = imports;
    }

    /**
     * {@code format} is {@code wdi}, {@code unhcr} (with {@code valueColumn}) or {@code generic}
     * (with {@code countryColumn}, optional {@code partnerColumn}, {@code periodColumn}, {@code valueColumn}).
     */
    @PostMapping(path = "/api/v1/admin/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importEdition(@RequestParam String indicator, @RequestParam String edition,
            @RequestParam String format, @RequestParam Optional<String> valueColumn,
            @RequestParam Optional<String> countryColumn, @RequestParam Optional<String> partnerColumn,
            @RequestParam Optional<String> periodColumn, @RequestParam MultipartFile file) throws IOException {
        ImportFormat importFormat = ImportForms.format(format, valueColumn, countryColumn, partnerColumn, periodColumn);
        try (InputStream in = file.getInputStream()) {
            return imports.importEdition(new ImportRequest(indicator, edition, importFormat, file.getOriginalFilename()), in);
        }
    }

    @ExceptionHandler(ImportRejected.class)
    ProblemDetail rejected(ImportRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("https://pactum.example/problems/import-rejected"));
        problem.setTitle("Import rejected; nothing was stored");
        problem.setProperty("file", e.fileName());
        problem.setProperty("line", e.line());
        problem.setProperty("column", e.column());
        problem.setProperty("reason", e.reason());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid import request");
        return problem;
    }

    static final class ImportForms {
        private ImportForms() {
        }

        static ImportFormat format(String format, Optional<String> valueColumn, Optional<String> countryColumn,
                Optional<String> partnerColumn, Optional<String> periodColumn) {
            return switch (format) {
                case "wdi" -> new ImportFormat.WdiLong();
                case "unhcr" -> new ImportFormat.UnhcrCsv(valueColumn.orElseThrow(() ->
                        new InvalidRequestException("valueColumn", "is required for the UNHCR format")));
                case "generic" -> new ImportFormat.GenericLong(
                        countryColumn.orElseThrow(() -> new InvalidRequestException("countryColumn", "is required")),
                        partnerColumn,
                        periodColumn.orElseThrow(() -> new InvalidRequestException("periodColumn", "is required")),
                        valueColumn.orElseThrow(() -> new InvalidRequestException("valueColumn", "is required")));
                default -> throw new InvalidRequestException("format", "must be wdi, unhcr or generic, was '" + format + "'");
            };
        }
    }
}
