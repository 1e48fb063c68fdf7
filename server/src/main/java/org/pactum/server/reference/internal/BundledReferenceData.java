package org.pactum.server.reference.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pactum.server.reference.Country;
import org.pactum.server.reference.Dimension;
import org.pactum.server.reference.Frequency;
import org.pactum.server.reference.ImportFormat;
import org.pactum.server.reference.Indicator;
import org.pactum.server.reference.Observation;
import org.pactum.server.reference.Provenance;
import org.pactum.server.reference.ReferenceSettings;
import org.pactum.server.reference.UseRestriction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the reference data that ships inside Pactum (curated extracts of the publishers' files,
 * see {@code reference/SOURCES.md}) on first start. Loading is idempotent: a series already loaded
 * in the same bundled edition, or replaced by an imported edition, is left alone. Each series is
 * loaded in its own transaction. With {@code pactum.reference.restricted-data=false} the figures
 * whose licence restricts reuse are left out; the series is still catalogued (so a licensed copy
 * can be imported) and its load is recorded under an edition that says what was left out, so a
 * later start that may hold them loads them in full.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "pactum.reference.load-bundled", havingValue = "true", matchIfMissing = true)
class BundledReferenceData implements ApplicationRunner {

    static final String BUNDLED = "bundled";
    /** Marks the edition of a load that left out figures whose licence restricts reuse. */
    static final String LEFT_OUT = " (restricted figures left out)";
    private static final Logger log = LoggerFactory.getLogger(BundledReferenceData.class);

    private final ReferenceRepository repository;
    private final ObservationWriter writer;
    private final TransactionTemplate transactions;
    private final boolean restrictedData;

    BundledReferenceData(ReferenceRepository repository, ObservationWriter writer, TransactionTemplate transactions,
            ReferenceSettings settings) {
        this.repository = repository;
        this.writer = writer;
        this.transactions = transactions;
        this.restrictedData = settings.restrictedData();
    }

    @Override
    public void run(ApplicationArguments args) {
        loadCountries();
        List<Map<String, String>> indicators = readCsv("reference/indicators.csv", false);
        Set<String> countries = new HashSet<>();
        repository.findCountries().forEach(c -> countries.add(c.iso3()));
        int position = 0;
        List<org.pactum.server.reference.DatasetLoad> loads = repository.findDatasetLoads();
        for (Map<String, String> row : indicators) {
            position++;
            Indicator indicator = indicator(row);
            UseRestriction restriction = indicator.provenance().restriction();
            boolean leaveOut = !restrictedData && restriction.restricts();
            String edition = leaveOut ? indicator.provenance().edition() + LEFT_OUT : indicator.provenance().edition();
            boolean current = loads.stream().anyMatch(l -> l.dataset().equals(indicator.code())
                    && (!l.loadedBy().equals(BUNDLED) || l.edition().equals(indicator.provenance().edition())
                            || l.edition().equals(edition)));
            if (current) {
                continue;
            }
            String file = "reference/" + row.get("file");
            long started = System.nanoTime();
            int rows = transactions.execute(status -> {
                repository.saveIndicator(indicator);
                repository.deleteObservations(indicator.code());
                ObservationFileReader.Reading reading;
                try (InputStream in = new GZIPInputStream(new ClassPathResource(file).getInputStream())) {
                    reading = new ObservationFileReader(indicator, countries, file, indicator.provenance().edition())
                            .read(new ImportFormat.GenericLong("country",
                                    java.util.Optional.of(indicator.dimension() == Dimension.PAIR ? "partner" : ""),
                                    "period", "value"), in);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read bundled file " + file, e);
                }
                List<Observation> kept = leaveOut
                        ? reading.observations().stream().filter(o -> !restriction.covers(o.period())).toList()
                        : reading.observations();
                writer.insert(kept);
                repository.recordLoad(indicator.code(), edition, kept.size(), BUNDLED);
                return kept.size();
            });
            log.info("Reference data {}/{}: {} ({} observations, {} ms)", position, indicators.size(), indicator.code(),
                    rows, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void loadCountries() {
        if (repository.loadedEdition("countries").isPresent()) {
            return;
        }
        List<Map<String, String>> rows = readCsv("reference/countries.csv.gz", true);
        transactions.executeWithoutResult(status -> {
            for (Map<String, String> row : rows) {
                Map<String, String> names = new LinkedHashMap<>();
                for (String language : List.of("en", "fr", "es", "ru", "zh", "ar")) {
                    String name = row.get("name_" + language);
                    if (name != null && !name.isBlank()) {
                        names.put(language, name);
                    }
                }
                repository.saveCountry(new Country(row.get("iso3"), row.get("iso2"), row.get("numeric"), names,
                        row.get("region"), row.get("sub_region"), Boolean.parseBoolean(row.get("eu_member")),
                        Boolean.parseBoolean(row.get("schengen_member"))));
            }
            repository.recordLoad("countries", "ISO 3166-1 via datasets/country-codes", rows.size(), BUNDLED);
        });
        log.info("Reference data: {} countries loaded", rows.size());
    }

    private static Indicator indicator(Map<String, String> row) {
        return new Indicator(row.get("code"), row.get("name"), row.get("unit"), Dimension.valueOf(row.get("dimension")),
                row.get("pair_meaning"), Frequency.valueOf(row.get("frequency")),
                new Provenance(row.get("source"), row.get("edition"), row.get("licence"), row.get("source_url"),
                        UseRestriction.of(row.get("restriction"), row.get("restricted_through"))));
    }

    private static List<Map<String, String>> readCsv(String resource, boolean gzipped) {
        try (InputStream raw = new ClassPathResource(resource).getInputStream();
                InputStream in = gzipped ? new GZIPInputStream(raw) : raw;
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled reference file " + resource, e);
        }
    }
}
