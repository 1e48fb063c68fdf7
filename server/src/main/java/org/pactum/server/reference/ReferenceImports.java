package org.pactum.server.reference;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.reference.internal.ObservationFileReader;
import org.pactum.server.reference.internal.ObservationWriter;
import org.pactum.server.reference.internal.ReferenceRepository;
import org.pactum.server.support.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a newer edition of a series from the publisher's file. The whole file is checked before
 * anything is written; the observations it holds are then created or updated in one transaction,
 * each keeping the edition it comes from (observations the file does not carry keep theirs), the
 * series' latest edition is updated and the import is audited. A bad row stores nothing.
 */
@Service
public class ReferenceImports {

    private final ReferenceRepository repository;
    private final ObservationWriter writer;
    private final AuditTrail audit;

    ReferenceImports(ReferenceRepository repository, ObservationWriter writer, AuditTrail audit) {
        this.repository = repository;
        this.writer = writer;
        this.audit = audit;
    }

    /** How the files that are not CSV text most often sent by mistake begin. */
    private static final java.util.Map<String, byte[]> BINARY_SIGNATURES = java.util.Map.of(
            "a PDF document", new byte[] {'%', 'P', 'D', 'F'},
            "a ZIP archive or an Office document (XLSX, DOCX)", new byte[] {'P', 'K', 3, 4},
            "a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "a JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "a gzip-compressed file", new byte[] {0x1F, (byte) 0x8B},
            "an old Office document (XLS, DOC)", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

    @Transactional
    public ImportResult importEdition(ImportRequest request, InputStream upload) {
        InputStream file = requireText(request.fileName(), upload);
        Indicator indicator = repository.findIndicator(request.indicatorCode())
                .orElseThrow(() -> new NotFoundException("indicator", request.indicatorCode()));
        Set<String> countries = new HashSet<>();
        repository.findCountries().forEach(c -> countries.add(c.iso3()));
        ObservationFileReader.Reading reading =
                new ObservationFileReader(indicator, countries, request.fileName(), request.edition()).read(request.format(), file);
        if (reading.observations().isEmpty()) {
            throw new ImportRejected(request.fileName(), 0, "", "the file holds no observation of a known country");
        }
        writer.merge(reading.observations());
        repository.updateEdition(indicator.code(), request.edition());
        repository.recordLoad(indicator.code(), request.edition(), reading.observations().size(), audit.currentActor());
        ImportResult result = new ImportResult(indicator.code(), request.edition(), reading.rowsRead(),
                reading.observations().size(), reading.rowsSkipped(), reading.skippedCodes());
        audit.record("reference.import", "indicator " + indicator.code(), "edition '" + request.edition() + "' from "
                + request.fileName() + ": " + result.observationsStored() + " observations stored, "
                + result.rowsSkipped() + " rows skipped");
        return result;
    }

    /** Refuses, before reading a row, a file that is not CSV text: binary content or a known binary format. */
    private static InputStream requireText(String fileName, InputStream upload) {
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(upload, 8192);
        byte[] start;
        try {
            in.mark(8192);
            start = in.readNBytes(8192);
            in.reset();
        } catch (java.io.IOException e) {
            throw new ImportRejected(fileName, 0, "", "the file cannot be read: " + e.getMessage());
        }
        BINARY_SIGNATURES.forEach((kind, signature) -> {
            if (start.length >= signature.length
                    && java.util.Arrays.equals(start, 0, signature.length, signature, 0, signature.length)) {
                throw new ImportRejected(fileName, 0, "", "the file is not CSV text: it is " + kind);
            }
        });
        for (byte b : start) {
            if (b == 0) {
                throw new ImportRejected(fileName, 0, "", "the file is not CSV text: it holds binary content");
            }
        }
        return in;
    }
}
