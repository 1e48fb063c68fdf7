package org.pactum.server.warning;

import java.math.BigDecimal;
import java.util.List;

/**
 * A new surge rule as a client sends it.
 *
 * @param id           1 to 60 lower-case letters, digits or '-'
 * @param series       the series watched, e.g. {@code frontex:central-mediterranean}
 * @param kind         {@code UPPER_BOUND} (threshold in arrivals a month) or {@code YEAR_ON_YEAR} (threshold in percent)
 * @param horizon      months ahead, 1 to 36
 * @param destinations the destination states (ISO alpha-3) whose surge clauses the alerts reach;
 *                     empty for the states the route arrives in
 */
public record SurgeRuleRequest(String id, String series, String kind, BigDecimal threshold, Integer horizon,
        List<String> destinations) {
}
