package org.pactum.server.identity;

/** What a party says about itself: a contact point and a description. */
public record PartyProfile(String contact, String description) {

    public PartyProfile {
        contact = contact == null ? "" : contact.strip();
        description = description == null ? "" : description.strip();
        if (contact.length() > 300) {
            throw new IllegalArgumentException("contact must be at most 300 characters");
        }
        if (description.length() > 2000) {
            throw new IllegalArgumentException("description must be at most 2000 characters");
        }
    }
}
