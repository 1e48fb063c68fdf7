package org.pactum.server.warning;

/**
 * A forecastable annual series of asylum applications lodged in a destination state:
 * {@code eurostat:<ISO3>} (first-time and repeated applicants, Eurostat) or {@code unhcr:<ISO3>}
 * (applications from every origin, UNHCR), with where its figures come from.
 */
public record DestinationInfo(String id, String destination, String label, int firstYear, int lastYear, int years, String source,
        String edition, String licence) {
}
