package org.pactum.server.warning;

import org.pactum.server.support.InvalidRequestException;

/**
 * A what-if: arrivals on a route a percentage above (or below) their forecast.
 *
 * @param percent from -100 to +500
 */
public record Scenario(Route route, double percent) {

    public Scenario {
        if (route == null) {
            throw new InvalidRequestException("route", "is required");
        }
        if (!(percent >= -100 && percent <= 500)) {
            throw new InvalidRequestException("percent", "must be between -100 and 500, was " + percent);
        }
    }

    /** Reads a route code and a percentage as a client gives them; 400 naming the parameter otherwise. */
    public static Scenario of(String route, double percent) {
        return new Scenario(Route.byCode(route == null ? "" : route)
                .orElseThrow(() -> new InvalidRequestException("route", "is not a known route: '" + route + "'")), percent);
    }

    public double factor() {
        return 1 + percent / 100;
    }

    /** How an alert raised under this scenario names its basis. */
    public String basis() {
        return "scenario: " + (percent >= 0 ? "+" : "") + plain(percent) + " % on " + route.code();
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
