package org.pactum.server.fairshare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * An independent computation of the Article 66 reference key for tests: reads the bundled World
 * Bank extracts with its own plain parsing (not Pactum's loader) and applies the Regulation's
 * formula by hand with doubles: share = 0.5 × population / Σ population + 0.5 × GDP / Σ GDP.
 */
final class IndependentShares {

    private IndependentShares() {
    }

    static Map<String, Double> series(String code, int year) throws IOException {
        Map<String, Double> values = new HashMap<>();
        try (InputStream raw = IndependentShares.class.getResourceAsStream("/reference/observations/" + code + ".csv.gz");
                BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split(",");
                if (fields[2].equals(String.valueOf(year))) {
                    values.put(fields[0], Double.parseDouble(fields[3]));
                }
            }
        }
        return values;
    }

    static Map<String, Double> ammr2024(Collection<String> states, int year) throws IOException {
        Map<String, Double> population = series("wdi.population", year);
        Map<String, Double> gdp = series("wdi.gdp", year);
        double totalPopulation = states.stream().mapToDouble(population::get).sum();
        double totalGdp = states.stream().mapToDouble(gdp::get).sum();
        Map<String, Double> shares = new HashMap<>();
        for (String state : states) {
            shares.put(state, 0.5 * population.get(state) / totalPopulation + 0.5 * gdp.get(state) / totalGdp);
        }
        return shares;
    }
}
