package org.pactum.server.reference;

import java.util.Optional;

/** Which observations a reader wants: any combination of series, country, partner and a period range. */
public record ObservationQuery(
        Optional<String> indicator,
        Optional<String> country,
        Optional<String> partner,
        Optional<Period> from,
        Optional<Period> to) {

    public static ObservationQuery series(String indicator, String country) {
        return new ObservationQuery(Optional.of(indicator), Optional.of(country), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
