package org.pactum.server.agreements;

import java.util.Objects;

/** A party to an agreement in one of its roles (a party may hold several: destination and donor). */
public record AgreementParty(String partyId, String role) {

    public AgreementParty {
        Objects.requireNonNull(partyId, "party");
        Objects.requireNonNull(role, "role");
    }
}
