package org.pactum.server.corridors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The shipped extracts read the test's own way, apart from the application's loader: each
 * {@code reference/observations/<code>.csv.gz} is gunzipped and split on commas (the files hold
 * {@code country,partner,period,value} with ISO codes and plain numbers, never quoted).
 */
final class ShippedFile {

    record Row(String country, String partner, String period, double value) {
    }

    private final List<Row> rows;

    private ShippedFile(List<Row> rows) {
        this.rows = rows;
    }

    static ShippedFile of(String indicator) {
        String resource = "/reference/observations/" + indicator + ".csv.gz";
        try (InputStream raw = ShippedFile.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("not shipped: " + resource);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            String header = in.readLine();
            if (!header.equals("country,partner,period,value")) {
                throw new IllegalStateException("unexpected header " + header);
            }
            List<Row> rows = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                rows.add(new Row(f[0], f[1], f[2], Double.parseDouble(f[3])));
            }
            return new ShippedFile(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of one ordered pair (or one country, partner ""), in the order of the file. */
    List<Row> pair(String country, String partner) {
        return rows.stream().filter(r -> r.country.equals(country) && r.partner.equals(partner)).toList();
    }

    List<Row> rows() {
        return rows;
    }
}
