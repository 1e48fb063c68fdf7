package org.pactum.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pactum.server.reference.ImportFormat;
import org.pactum.server.reference.ImportRejected;
import org.pactum.server.reference.ImportRequest;
import org.pactum.server.reference.ImportResult;
import org.pactum.server.reference.ReferenceImports;
import org.pactum.server.support.NotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pactum import}: takes a newer edition of one series from the publisher's CSV file into
 * the database Pactum uses ({@code PACTUM_DB_URL}, or the embedded one). All or nothing: a bad row
 * is reported as {@code FILE: line N, column 'C': reason} with exit code 2, and nothing is stored.
 */
@Command(name = "import", description = "Import a newer edition of a reference series from a publisher's CSV file.")
class ImportCommand implements Callable<Integer> {

    enum Format { wdi, unhcr, generic }

    @Option(names = "--indicator", required = true, description = "Series to import into, e.g. wdi.population")
    String indicator;

    @Option(names = "--edition", required = true, description = "Edition being imported, e.g. 'WDI 2026-12'")
    String edition;

    @Option(names = "--format", required = true, description = "File format: ${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = "--value-column", description = "Column holding the value (unhcr, generic)")
    String valueColumn;

    @Option(names = "--country-column", description = "Column holding the ISO3 country (generic)")
    String countryColumn;

    @Option(names = "--partner-column", description = "Column holding the ISO3 partner country (generic pair series)")
    String partnerColumn;

    @Option(names = "--period-column", description = "Column holding the period YYYY, YYYY-Qn or YYYY-MM (generic)")
    String periodColumn;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file")
    Path file;

    @Override
    public Integer call() throws Exception {
        ImportFormat importFormat;
        try {
            importFormat = switch (format) {
                case wdi -> new ImportFormat.WdiLong();
                case unhcr -> new ImportFormat.UnhcrCsv(valueColumn);
                case generic -> new ImportFormat.GenericLong(countryColumn, Optional.ofNullable(partnerColumn),
                        periodColumn, valueColumn);
            };
        } catch (IllegalArgumentException e) {
            System.err.println("pactum import: " + e.getMessage());
            return PactumCli.BAD_INPUT;
        }
        if (!Files.isReadable(file)) {
            System.err.println("pactum import: " + file + ": no such readable file");
            return PactumCli.BAD_INPUT;
        }
        return Batch.run(context -> {
            try (InputStream in = Files.newInputStream(file)) {
                ImportResult result = context.getBean(ReferenceImports.class).importEdition(
                        new ImportRequest(indicator, edition, importFormat, file.toString()), in);
                System.out.printf("Imported %s, edition '%s': %d rows read, %d observations stored, %d rows skipped%s%n",
                        result.indicatorCode(), result.edition(), result.rowsRead(), result.observationsStored(),
                        result.rowsSkipped(), result.skippedCodes().isEmpty() ? ""
                                : " (not countries: " + String.join(", ", new java.util.TreeSet<>(result.skippedCodes())) + ")");
                return 0;
            } catch (ImportRejected e) {
                System.err.println("pactum import: " + e.getMessage());
                System.err.println("pactum import: nothing was stored");
                return PactumCli.BAD_INPUT;
            } catch (NotFoundException e) {
                System.err.println("pactum import: " + e.getMessage());
                return PactumCli.BAD_INPUT;
            } catch (IOException e) {
                System.err.println("pactum import: " + file + ": " + e.getMessage());
                return PactumCli.BAD_INPUT;
            }
        });
    }
}
