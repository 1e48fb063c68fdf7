package org.pactum.server.reference.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pactum.server.reference.Dimension;
import org.pactum.server.reference.ImportFormat;
import org.pactum.server.reference.ImportRejected;
import org.pactum.server.reference.Indicator;
import org.pactum.server.reference.Observation;
import org.pactum.server.reference.Period;

/**
 * Reads a publisher's CSV file into observations of one series, checking every row. The first
 * bad row stops the reading with an {@link ImportRejected} naming its line and column; the
 * caller stores nothing in that case.
 */
public final class ObservationFileReader {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    /** What was read: the observations, and the rows skipped because their codes are not countries. */
    public record Reading(List<Observation> observations, long rowsRead, long rowsSkipped, Set<String> skippedCodes) {
    }

    private final Indicator indicator;
    private final Set<String> countries;
    private final String fileName;
    private final String edition;

    /** @param edition the edition of the publisher's data the file holds, kept with every observation */
    public ObservationFileReader(Indicator indicator, Set<String> countries, String fileName, String edition) {
        this.indicator = indicator;
        this.countries = countries;
        this.fileName = fileName;
        this.edition = edition;
    }

    public Reading read(ImportFormat format, InputStream in) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(true).get().parse(reader)) {
            if (format instanceof ImportFormat.WdiLong) {
                return readLong(parser, "Country Code", Optional.empty(), "Year", "Value", true, false);
            }
            if (format instanceof ImportFormat.UnhcrCsv unhcr) {
                return readLong(parser, "coa_iso",
                        indicator.dimension() == Dimension.PAIR ? Optional.of("coo_iso") : Optional.empty(),
                        "year", unhcr.valueColumn(), true, true);
            }
            ImportFormat.GenericLong g = (ImportFormat.GenericLong) format;
            return readLong(parser, g.countryColumn(), g.partnerColumn(), g.periodColumn(), g.valueColumn(), false, false);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportRejected(fileName, 0, "", "the file is not readable CSV: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ImportRejected(fileName, 1, "", "the header cannot be read: " + e.getMessage());
        }
    }

    private Reading readLong(CSVParser parser, String countryColumn, Optional<String> partnerColumn, String periodColumn,
            String valueColumn, boolean skipNonCountries, boolean sumDuplicates) {
        List<String> header = parser.getHeaderNames();
        requireColumn(header, countryColumn);
        partnerColumn.ifPresent(c -> requireColumn(header, c));
        requireColumn(header, periodColumn);
        requireColumn(header, valueColumn);
        if (indicator.dimension() == Dimension.PAIR && partnerColumn.isEmpty()) {
            throw new ImportRejected(fileName, 1, "", "series " + indicator.code()
                    + " is about pairs of countries: name the partner column");
        }
        if (indicator.dimension() == Dimension.COUNTRY && partnerColumn.isPresent() && !sumDuplicates) {
            throw new ImportRejected(fileName, 1, partnerColumn.get(), "series " + indicator.code()
                    + " is about single countries: it takes no partner column");
        }
        Map<String, Observation> byKey = new LinkedHashMap<>();
        Set<String> skipped = new TreeSet<>();
        long rows = 0;
        long skippedRows = 0;
        for (CSVRecord record : parser) {
            rows++;
            long line = record.getRecordNumber() + 1;
            if (!record.isConsistent()) {
                throw new ImportRejected(fileName, line, "", "expected " + header.size() + " fields, found " + record.size());
            }
            String country = record.get(countryColumn);
            Optional<String> partner = partnerColumn.map(record::get);
            String rawValue = record.get(valueColumn);
            if (rawValue.isEmpty() || rawValue.equals("NA")) {
                continue; // a value the publisher does not have is not an error
            }
            checkCode(country, line, countryColumn);
            if (partner.isPresent()) {
                checkCode(partner.get(), line, partnerColumn.get());
            }
            boolean known = countries.contains(country) && partner.map(countries::contains).orElse(true);
            if (!known) {
                if (skipNonCountries) {
                    skippedRows++;
                    skipped.add(countries.contains(country) ? partner.orElse(country) : country);
                    continue;
                }
                String bad = countries.contains(country) ? partner.orElseThrow() : country;
                String column = countries.contains(country) ? partnerColumn.orElseThrow() : countryColumn;
                throw new ImportRejected(fileName, line, column, "'" + bad + "' is not a known ISO 3166-1 alpha-3 country code");
            }
            Period period = Period.parse(record.get(periodColumn)).orElseThrow(() -> new ImportRejected(fileName, line,
                    periodColumn, "'" + record.get(periodColumn) + "' is not a period (YYYY, YYYY-Qn or YYYY-MM)"));
            if (period.frequency() != indicator.frequency()) {
                throw new ImportRejected(fileName, line, periodColumn, "series " + indicator.code() + " is observed by "
                        + indicator.frequency().name().toLowerCase() + ", not by " + period.frequency().name().toLowerCase());
            }
            double value = parseValue(rawValue, line, valueColumn);
            Optional<String> storedPartner = indicator.dimension() == Dimension.PAIR ? partner : Optional.empty();
            String key = country + "|" + storedPartner.orElse("") + "|" + period.code();
            Observation previous = byKey.get(key);
            if (previous != null && !sumDuplicates) {
                throw new ImportRejected(fileName, line, periodColumn, "a second value for " + country
                        + storedPartner.map(p -> "/" + p).orElse("") + " in " + period.code());
            }
            double total = previous == null ? value : previous.value() + value;
            byKey.put(key, new Observation(indicator.code(), country, storedPartner, period, total, edition));
        }
        return new Reading(new ArrayList<>(byKey.values()), rows, skippedRows, skipped);
    }

    private void requireColumn(List<String> header, String column) {
        if (!header.contains(column)) {
            throw new ImportRejected(fileName, 1, column, "the header has no column '" + column + "' (columns: "
                    + String.join(", ", header) + ")");
        }
    }

    private void checkCode(String code, long line, String column) {
        if (!CODE.matcher(code).matches()) {
            throw new ImportRejected(fileName, line, column, "'" + code + "' is not a three-letter country code");
        }
    }

    private double parseValue(String raw, long line, String column) {
        try {
            double value = Double.parseDouble(raw);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ImportRejected(fileName, line, column, "'" + raw + "' is not a number");
        }
    }
}
