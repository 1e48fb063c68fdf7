package org.pactum.server.warning;

import java.time.LocalDate;
import java.util.List;

/**
 * A surge alert was raised: published in the alert's transaction through the event publication
 * registry, so that the surge clauses of agreements with these destination states hear of it even
 * after a crash.
 *
 * @param destinations the Member States (ISO alpha-3) the route arrives in
 */
public record SurgeAlertRaised(long alertId, String ruleId, String seriesId, String route, List<String> destinations,
        String basis, String targetMonth, double value, double threshold, String explanation, LocalDate raisedOn) {

    public SurgeAlertRaised {
        destinations = List.copyOf(destinations);
    }
}
