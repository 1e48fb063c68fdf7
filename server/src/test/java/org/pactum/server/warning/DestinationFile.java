package org.pactum.server.warning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads a bundled annual asylum file directly, without Pactum's code, so that tests take their
 * expected figures from the raw data: destination -> year -> applications, summed over origins.
 */
public final class DestinationFile {

    private DestinationFile() {
    }

    public static Map<String, TreeMap<Integer, Double>> read(String indicator) throws IOException {
        Map<String, TreeMap<Integer, Double>> out = new TreeMap<>();
        try (InputStream raw = DestinationFile.class.getResourceAsStream("/reference/observations/" + indicator + ".csv.gz");
             BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String line = in.readLine(); // header country,partner,period,value
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                out.computeIfAbsent(f[0], k -> new TreeMap<>()).merge(Integer.parseInt(f[2]), Double.parseDouble(f[3]), Double::sum);
            }
        }
        return out;
    }
}
