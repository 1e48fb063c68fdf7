package org.pactum.server.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pactum.core.compliance.Comparison;
import org.pactum.server.agreements.AgreementParty;
import org.pactum.server.agreements.AgreementTerms;
import org.pactum.server.agreements.Clause;
import org.pactum.server.agreements.ClauseKind;
import org.pactum.server.agreements.Commitment;
import org.pactum.server.agreements.CommitmentStatus;

/**
 * A whole agreement as one JSON document, for bulk loading and the demo: its terms, its monitored
 * indicators with targets and reported figures, the acts of its life so far, and whether it is
 * published. Imported all or nothing.
 */
public record AgreementDocument(String id, String title, String type, String summary, LocalDate startsOn, LocalDate endsOn,
        boolean illustrative, List<PartyRole> parties, List<ClauseDoc> clauses, List<CommitmentDoc> commitments,
        List<IndicatorDoc> indicators, List<ActDoc> lifecycle, boolean publish) {

    public AgreementDocument {
        parties = parties == null ? List.of() : parties;
        clauses = clauses == null ? List.of() : clauses;
        commitments = commitments == null ? List.of() : commitments;
        indicators = indicators == null ? List.of() : indicators;
        lifecycle = lifecycle == null ? List.of() : lifecycle;
    }

    public record PartyRole(String party, String role) {
    }

    public record ClauseDoc(String key, ClauseKind kind, String title, String body, LocalDate dueOn, Integer noticeDays,
            String indicator, String party, Comparison comparison, BigDecimal threshold, String consequence) {
    }

    public record CommitmentDoc(String key, String party, String type, BigDecimal quantity, String unit, LocalDate periodStart,
            LocalDate periodEnd, String beneficiary, List<String> indicators, CommitmentStatus status, String description) {
    }

    public record IndicatorDoc(String indicator, String party, BigDecimal baseline, String baselinePeriod, Double onTrack,
            Double offTrack, Map<String, BigDecimal> targets, List<ReportDoc> reports) {
    }

    /** A reported figure; {@code verification} and {@code verifier} record a decision already taken (administrators only). */
    public record ReportDoc(String period, BigDecimal value, String unit, String source, String documents, String note,
            String verification, String verifier, String reason) {
    }

    public record ActDoc(String action, LocalDate on, String reason) {
    }

    /** The terms as the register takes them. */
    public AgreementTerms terms() {
        return new AgreementTerms(title, type, summary, startsOn, endsOn, illustrative,
                parties.stream().map(p -> new AgreementParty(p.party(), p.role())).toList(),
                clauses.stream().map(c -> new Clause(c.key(), c.kind(), c.title(), c.body(), Optional.ofNullable(c.dueOn()),
                        c.noticeDays() == null ? 30 : c.noticeDays(), Optional.ofNullable(c.indicator()),
                        Optional.ofNullable(c.party()), Optional.ofNullable(c.comparison()), Optional.ofNullable(c.threshold()),
                        c.consequence())).toList(),
                commitments.stream().map(c -> new Commitment(c.key(), c.party(), c.type(), c.quantity(), c.unit(),
                        c.periodStart(), c.periodEnd(), Optional.ofNullable(c.beneficiary()), c.indicators(), c.status(),
                        c.description())).toList());
    }
}
