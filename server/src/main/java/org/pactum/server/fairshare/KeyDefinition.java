package org.pactum.server.fairshare;

import java.util.List;

/**
 * A distribution key a negotiator defines: an identifier, a title and weighted criteria over the
 * reference series (see {@link FairShareRequest.CriterionSpec}). Written as JSON or YAML, e.g.
 *
 * <pre>
 * id: capacity-and-effort
 * title: Capacity and past effort
 * criteria:
 *   - {indicator: wdi.population, weight: 0.4, direction: direct}
 *   - {indicator: wdi.gdp, weight: 0.4, direction: direct}
 *   - {indicator: unhcr.refugees-hosted, weight: 0.2, direction: inverse, whenMissing: use_latest_earlier_year}
 * </pre>
 */
public record KeyDefinition(String id, String title, List<FairShareRequest.CriterionSpec> criteria) {

    public KeyDefinition {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** How the calculator names a stored key. */
    public String keyName() {
        return "custom:" + id;
    }
}
