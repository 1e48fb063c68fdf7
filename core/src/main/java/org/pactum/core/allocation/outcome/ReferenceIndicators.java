package org.pactum.core.allocation.outcome;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Destination profiles of Member States from the reference data, given as text by the caller (the
 * core reads no files): three series in the reference format {@code country,partner,period,value},
 * World Bank WDI unemployment ({@code wdi.unemployment}, % of the labour force, modelled ILO
 * estimate), WDI GDP per capita at PPP ({@code wdi.gdp-per-capita-ppp}) and UN DESA International
 * Migrant Stock ({@code undesa.migrant-stock}: country = destination, partner = origin, persons).
 * Each value is the latest one reported for a year up to the year asked for; the migrant stock is
 * the latest edition year up to it in which the destination reports any origin.
 */
public final class ReferenceIndicators {

    private final Map<String, TreeMap<Integer, Double>> unemployment;
    private final Map<String, TreeMap<Integer, Double>> gdpPerCapita;
    private final Map<String, TreeMap<Integer, Map<String, Long>>> migrantStock;

    private ReferenceIndicators(Map<String, TreeMap<Integer, Double>> unemployment, Map<String, TreeMap<Integer, Double>> gdpPerCapita,
                                Map<String, TreeMap<Integer, Map<String, Long>>> migrantStock) {
        this.unemployment = unemployment;
        this.gdpPerCapita = gdpPerCapita;
        this.migrantStock = migrantStock;
    }

    /** Reads the three series; a malformed line is refused with the series' name and the line number. */
    public static ReferenceIndicators of(String unemploymentCsv, String gdpPerCapitaPppCsv, String migrantStockCsv) {
        Map<String, TreeMap<Integer, Double>> unemployment = new HashMap<>();
        Map<String, TreeMap<Integer, Double>> gdp = new HashMap<>();
        Map<String, TreeMap<Integer, Map<String, Long>>> stock = new HashMap<>();
        read("wdi.unemployment", unemploymentCsv, (country, partner, year, value) ->
                unemployment.computeIfAbsent(country, c -> new TreeMap<>()).put(year, value));
        read("wdi.gdp-per-capita-ppp", gdpPerCapitaPppCsv, (country, partner, year, value) ->
                gdp.computeIfAbsent(country, c -> new TreeMap<>()).put(year, value));
        read("undesa.migrant-stock", migrantStockCsv, (country, partner, year, value) ->
                stock.computeIfAbsent(country, c -> new TreeMap<>()).computeIfAbsent(year, y -> new HashMap<>()).put(partner, Math.round(value)));
        return new ReferenceIndicators(unemployment, gdp, stock);
    }

    /**
     * The profile of destination {@code destinationId}, a Member State or other country with ISO
     * alpha-3 code {@code country}, as known in {@code year}; unknown indicators are {@code NaN}
     * and an unknown migrant stock is empty.
     */
    public DestinationProfile profile(String destinationId, String country, int year, Set<String> languages) {
        Map.Entry<Integer, Map<String, Long>> edition = migrantStock.getOrDefault(country, new TreeMap<>()).floorEntry(year);
        Map<String, Long> stock = edition == null ? Map.of() : edition.getValue();
        return new DestinationProfile(destinationId, languages, latest(unemployment, country, year), latest(gdpPerCapita, country, year), stock);
    }

    private static double latest(Map<String, TreeMap<Integer, Double>> series, String country, int year) {
        Map.Entry<Integer, Double> entry = series.getOrDefault(country, new TreeMap<>()).floorEntry(year);
        return entry == null ? Double.NaN : entry.getValue();
    }

    private interface Row {
        void accept(String country, String partner, int year, double value);
    }

    private static void read(String series, String csv, Row row) {
        String[] lines = csv.split("\r?\n");
        if (lines.length == 0 || !lines[0].trim().equals("country,partner,period,value")) {
            throw new IllegalArgumentException(series + ", line 1: expected the header country,partner,period,value");
        }
        for (int l = 1; l < lines.length; l++) {
            if (lines[l].isBlank()) {
                continue;
            }
            String[] cells = lines[l].split(",", -1);
            try {
                if (cells.length != 4) {
                    throw new NumberFormatException("expected 4 cells, found " + cells.length);
                }
                row.accept(cells[0].trim(), cells[1].trim(), Integer.parseInt(cells[2].trim()), Double.parseDouble(cells[3].trim()));
            } catch (NumberFormatException wrong) {
                throw new IllegalArgumentException(series + ", line " + (l + 1) + ": cannot read '" + lines[l] + "' (" + wrong.getMessage() + ")");
            }
        }
    }
}
