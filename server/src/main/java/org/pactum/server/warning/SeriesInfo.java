package org.pactum.server.warning;

import java.time.YearMonth;
import java.util.Optional;

/**
 * A forecastable series: a route's monthly total ({@code frontex:<route>}) or the detections of one
 * nationality on a route ({@code frontex:<route>:<ISO3>}), with where its figures come from.
 *
 * @param restricted whether the publisher's licence restricts reuse (Frontex: beyond private use
 *                   only with its permission), to be said beside the figures
 */
public record SeriesInfo(String id, Route route, Optional<String> nationality, String label, YearMonth first, YearMonth last,
        int months, double lastTwelveMonths, String source, String edition, String licence, boolean restricted) {
}
