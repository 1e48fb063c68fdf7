package org.pactum.server.warning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A surge alert: a rule fired on a forecast (or on a scenario of one), on data up to a month. An
 * alert on the forecast is a public fact, entered in the public register under
 * {@link #registerSubject()}; an alert of a scenario is not published there.
 *
 * @param basis       {@code forecast} or the scenario, e.g. {@code scenario: +40 % on central-mediterranean}
 * @param dataUntil   the last month of data the forecast rests on
 * @param targetMonth the forecast month that crossed the line (the last month of the horizon for growth rules)
 */
public record SurgeAlert(long id, String ruleId, String seriesId, String basis, String dataUntil, String targetMonth,
        BigDecimal value, BigDecimal threshold, String explanation, List<String> destinations, String raisedBy, Instant raisedAt) {

    public SurgeAlert {
        destinations = List.copyOf(destinations);
    }

    public static String registerSubject(long id) {
        return "surge-alert/" + id;
    }

    public String registerSubject() {
        return registerSubject(id);
    }

    /** Whether the alert came from a hypothetical scenario rather than the forecast itself. */
    public boolean fromScenario() {
        return !basis.equals(SurgeWatch.FORECAST);
    }
}
