package org.pactum.server.identity;

import java.util.List;
import java.util.Optional;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.identity.internal.PartyRepository;
import org.pactum.server.support.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The parties known to Pactum, and the changes their own analysts make to their profiles. */
@Service
public class PartyDirectory {

    private final PartyRepository parties;
    private final CurrentMember currentMember;
    private final AuditTrail audit;

    PartyDirectory(PartyRepository parties, CurrentMember currentMember, AuditTrail audit) {
        this.parties = parties;
        this.currentMember = currentMember;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Party> parties() {
        return parties.findAll();
    }

    @Transactional(readOnly = true)
    public Optional<Party> party(String id) {
        return parties.findById(id);
    }

    /** Adds a party unless one with its id exists (administrators). Returns whether it was added. */
    @Transactional
    public boolean addIfMissing(Party party) {
        Member member = currentMember.get().orElseThrow(() -> new AccessDeniedException("Sign in to add a party"));
        if (!member.isAdmin()) {
            throw new AccessDeniedException("Only administrators add parties");
        }
        if (parties.findById(party.id()).isPresent()) {
            return false;
        }
        parties.save(party);
        audit.record("party.add", "party " + party.id(), party.name());
        return true;
    }

    /**
     * Changes a party's profile. Only an administrator or an analyst acting for that very party
     * may do so; anyone else is refused and nothing changes.
     */
    @Transactional
    public Party updateProfile(String partyId, PartyProfile profile) {
        Party party = parties.findById(partyId).orElseThrow(() -> new NotFoundException("party", partyId));
        Member member = currentMember.get().orElseThrow(() -> new AccessDeniedException("Sign in to change a party"));
        if (!member.mayActFor(partyId)) {
            throw new AccessDeniedException(member.username() + " may not change the data of party " + partyId);
        }
        Party updated = party.withProfile(profile);
        parties.save(updated);
        audit.record("party.profile.update", "party " + partyId, "contact and description updated");
        return updated;
    }
}
