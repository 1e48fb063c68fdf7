package org.pactum.server.identity;

import java.util.Optional;

/** The signed-in person or machine client: account name, role and, for analysts, the party they act for. */
public record Member(String username, Role role, Optional<String> partyId, String displayName) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether this member may change data that belongs to the given party. */
    public boolean mayActFor(String party) {
        return isAdmin() || (role == Role.ANALYST && partyId.filter(party::equals).isPresent());
    }
}
