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

    @Transactional
    public ImportResult importEdition(ImportRequest request, InputStream file) {
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
}
