package org.pactum.server.agreements;

import java.util.Optional;

/** Filters of the register list: a party, a type, a status, a region of a party's country, free text. */
public record AgreementQuery(Optional<String> party, Optional<String> type, Optional<AgreementStatus> status,
        Optional<String> region, Optional<String> text) {

    public static AgreementQuery all() {
        return new AgreementQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
