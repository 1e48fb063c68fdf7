package org.pactum.server.agreements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pactum.core.compliance.Comparison;

/**
 * An agreement's terms as a client writes them (JSON): parties with roles, clauses, commitments.
 * {@link #terms()} turns it into the checked {@link AgreementTerms}.
 */
public record AgreementDraft(String id, String title, String type, String summary, LocalDate startsOn, LocalDate endsOn,
        Boolean illustrative, List<PartyRole> parties, List<ClauseDoc> clauses, List<CommitmentDoc> commitments) {

    public AgreementDraft {
        illustrative = illustrative != null && illustrative;
        parties = parties == null ? List.of() : parties;
        clauses = clauses == null ? List.of() : clauses;
        commitments = commitments == null ? List.of() : commitments;
    }

    public record PartyRole(String party, String role) {
    }

    public record ClauseDoc(String key, ClauseKind kind, String title, String body, LocalDate dueOn, Integer noticeDays,
            String indicator, String party, Comparison comparison, BigDecimal threshold, String consequence) {
    }

    public record CommitmentDoc(String key, String party, String type, BigDecimal quantity, String unit, LocalDate periodStart,
            LocalDate periodEnd, String beneficiary, List<String> indicators, CommitmentStatus status, String description) {
    }

    /** The checked terms; a violated rule of form is an {@link IllegalArgumentException} naming it. */
    public AgreementTerms terms() {
        try {
            return new AgreementTerms(title, type, summary, startsOn, endsOn, illustrative,
                    parties.stream().map(p -> new AgreementParty(p.party(), p.role())).toList(),
                    clauses.stream().map(c -> new Clause(c.key(), c.kind(), c.title(), c.body(), Optional.ofNullable(c.dueOn()),
                            c.noticeDays() == null ? 30 : c.noticeDays(), Optional.ofNullable(c.indicator()),
                            Optional.ofNullable(c.party()), Optional.ofNullable(c.comparison()),
                            Optional.ofNullable(c.threshold()), c.consequence())).toList(),
                    commitments.stream().map(c -> new Commitment(c.key(), c.party(), c.type(), c.quantity(), c.unit(),
                            c.periodStart(), c.periodEnd(), Optional.ofNullable(c.beneficiary()), c.indicators(), c.status(),
                            c.description())).toList());
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("Missing field: " + e.getMessage());
        }
    }
}
