package org.pactum.server.warning;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The migratory routes into the European Union as Frontex counts detections on them, and the Member
 * States at whose borders each route arrives (where a surge on it puts pressure on reception).
 */
public enum Route {
    CENTRAL_MEDITERRANEAN("central-mediterranean", "Central Mediterranean", List.of("ITA", "MLT")),
    EASTERN_MEDITERRANEAN("eastern-mediterranean", "Eastern Mediterranean", List.of("GRC", "CYP", "BGR")),
    WESTERN_MEDITERRANEAN("western-mediterranean", "Western Mediterranean", List.of("ESP")),
    WESTERN_AFRICAN("western-african", "Western African", List.of("ESP")),
    WESTERN_BALKAN("western-balkan", "Western Balkan", List.of("HRV", "HUN")),
    EASTERN_BORDERS("eastern-borders", "Eastern Borders", List.of("POL", "LTU", "LVA", "EST", "FIN")),
    CIRCULAR_ALBANIA_GREECE("circular-albania-greece", "Circular route from Albania to Greece", List.of("GRC")),
    BLACK_SEA("black-sea", "Black Sea", List.of("ROU", "BGR")),
    OTHER("other", "Other", List.of());

    private final String code;
    private final String title;
    private final List<String> destinations;

    Route(String code, String title, List<String> destinations) {
        this.code = code;
        this.title = title;
        this.destinations = destinations;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** The Member States (ISO 3166 alpha-3) the route arrives in. */
    public List<String> destinations() {
        return destinations;
    }

    /** The reference series of the route's detections, by nationality. */
    public String indicatorCode() {
        return "frontex.detections." + code;
    }

    /** The forecast series of the route's total: {@code frontex:<route>}. */
    public String seriesId() {
        return "frontex:" + code;
    }

    public static Optional<Route> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
