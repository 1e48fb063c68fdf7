package org.pactum.server.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * A party to agreements: a state, an international organisation, an evaluator. Its profile (a
 * contact point and a description) is kept by the party's own analysts.
 */
public record Party(String id, String name, PartyKind kind, Optional<String> countryIso3, String contact,
        String description) {

    public Party {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Z0-9][A-Z0-9_-]{1,39}")) {
            throw new IllegalArgumentException("A party id is 2 to 40 capital letters, digits, '-' or '_': " + id);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        countryIso3 = countryIso3 == null ? Optional.empty() : countryIso3;
        contact = contact == null ? "" : contact;
        description = description == null ? "" : description;
    }

    /** The same party with a new contact point and description. */
    public Party withProfile(PartyProfile profile) {
        return new Party(id, name, kind, countryIso3, profile.contact(), profile.description());
    }
}
