package org.pactum.core.finance.iati;

import java.util.Objects;

/** An organisation taking part in an activity, in an IATI role. */
public record ParticipatingOrg(Organisation organisation, OrganisationRole role) {

    public ParticipatingOrg {
        Objects.requireNonNull(organisation, "participatingOrg.organisation");
        Objects.requireNonNull(role, "participatingOrg.role");
    }
}
