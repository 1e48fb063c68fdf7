package org.pactum.server.allocation;

import java.util.Objects;

/** The two CSV files of a run as uploaded, with their names (used in every report of a problem). */
public record Upload(String destinationsName, String destinationsCsv, String householdsName, String householdsCsv) {

    public Upload {
        Objects.requireNonNull(destinationsCsv, "destinations");
        Objects.requireNonNull(householdsCsv, "households");
        destinationsName = destinationsName == null || destinationsName.isBlank() ? "destinations.csv" : destinationsName;
        householdsName = householdsName == null || householdsName.isBlank() ? "households.csv" : householdsName;
    }
}
