package org.pactum.server.warning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads a bundled Frontex file directly, without Pactum's code, so that tests take their expected
 * figures from the raw data: route x nationality x month.
 */
public final class FrontexFile {

    private FrontexFile() {
    }

    /** nationality -> month -> detections of one route. */
    public static Map<String, TreeMap<YearMonth, Double>> read(String route) throws IOException {
        Map<String, TreeMap<YearMonth, Double>> out = new TreeMap<>();
        try (InputStream raw = FrontexFile.class.getResourceAsStream("/reference/observations/frontex.detections." + route + ".csv.gz");
             BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String line = in.readLine(); // header country,partner,period,value
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                out.computeIfAbsent(f[0], k -> new TreeMap<>()).merge(YearMonth.parse(f[2]), Double.parseDouble(f[3]), Double::sum);
            }
        }
        return out;
    }

    /** The last month with any figure on the route. */
    public static YearMonth lastMonth(Map<String, TreeMap<YearMonth, Double>> route) {
        return route.values().stream().map(TreeMap::lastKey).max(YearMonth::compareTo).orElseThrow();
    }

    /** Detections on the route, all nationalities, in the twelve months up to {@code end}. */
    public static double lastTwelveMonths(Map<String, TreeMap<YearMonth, Double>> route, YearMonth end) {
        double sum = 0;
        for (TreeMap<YearMonth, Double> months : route.values()) {
            for (var e : months.entrySet()) {
                if (e.getKey().isAfter(end.minusMonths(12)) && !e.getKey().isAfter(end)) {
                    sum += e.getValue();
                }
            }
        }
        return sum;
    }
}
