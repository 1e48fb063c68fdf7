package org.pactum.server.agreements;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The negotiable content of an agreement: what its drafters write and revise until they conclude
 * the negotiation. Dates: the agreement runs from {@code startsOn} to its sunset {@code endsOn};
 * reports must fall within that period.
 */
public record AgreementTerms(String title, String typeCode, String summary, LocalDate startsOn, LocalDate endsOn,
        boolean illustrative, List<AgreementParty> parties, List<Clause> clauses, List<Commitment> commitments) {

    public AgreementTerms {
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new IllegalArgumentException("An agreement needs a title of 1 to 300 characters");
        }
        title = title.strip();
        Objects.requireNonNull(typeCode, "type");
        summary = summary == null ? "" : summary.strip();
        if (summary.length() > 4000) {
            throw new IllegalArgumentException("The summary is at most 4000 characters");
        }
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        if (!endsOn.isAfter(startsOn)) {
            throw new IllegalArgumentException("The agreement must end (sunset) after it starts");
        }
        parties = parties == null ? List.of() : List.copyOf(parties);
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("An agreement needs at least one party");
        }
        if (new HashSet<>(parties).size() != parties.size()) {
            throw new IllegalArgumentException("A party is listed twice in the same role");
        }
        Set<String> partyIds = new HashSet<>();
        parties.forEach(p -> partyIds.add(p.partyId()));
        Set<String> keys = new HashSet<>();
        for (Clause clause : clauses) {
            if (!keys.add(clause.key())) {
                throw new IllegalArgumentException("Clause key used twice: " + clause.key());
            }
            clause.partyId().filter(p -> !partyIds.contains(p)).ifPresent(p -> {
                throw new IllegalArgumentException("Clause " + clause.key() + " names " + p + ", which is not a party");
            });
        }
        keys.clear();
        for (Commitment commitment : commitments) {
            if (!keys.add(commitment.key())) {
                throw new IllegalArgumentException("Commitment key used twice: " + commitment.key());
            }
            if (!partyIds.contains(commitment.partyId())) {
                throw new IllegalArgumentException(
                        "Commitment " + commitment.key() + " is owed by " + commitment.partyId() + ", which is not a party");
            }
        }
    }

    public Set<String> partyIds() {
        Set<String> ids = new java.util.LinkedHashSet<>();
        parties.forEach(p -> ids.add(p.partyId()));
        return ids;
    }
}
