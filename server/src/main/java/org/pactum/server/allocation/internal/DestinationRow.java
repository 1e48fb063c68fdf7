package org.pactum.server.allocation.internal;

import java.util.Optional;

/** A row of {@code allocation_destination}: services and services used as comma-separated counts. */
public record DestinationRow(int position, String destinationId, int capacity, int minimum, int maximum, String services,
        Optional<String> quotaNote, Optional<Integer> placedHouseholds, Optional<Long> placedPersons, Optional<String> servicesUsed,
        Optional<Double> scoreSum) {
}
