package org.pactum.server.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pactum.server.agreements.AgreementDraft;

/**
 * A whole agreement as one JSON document, for bulk loading and the demo: its terms, its monitored
 * indicators with targets and reported figures, the acts of its life so far, and whether it is
 * published. Imported all or nothing.
 */
public record AgreementDocument(String id, String title, String type, String summary, LocalDate startsOn, LocalDate endsOn,
        Boolean illustrative, List<AgreementDraft.PartyRole> parties, List<AgreementDraft.ClauseDoc> clauses,
        List<AgreementDraft.CommitmentDoc> commitments,
        List<IndicatorDoc> indicators, List<ActDoc> lifecycle, Boolean publish) {

    public AgreementDocument {
        illustrative = illustrative != null && illustrative;
        publish = publish != null && publish;
        parties = parties == null ? List.of() : parties;
        clauses = clauses == null ? List.of() : clauses;
        commitments = commitments == null ? List.of() : commitments;
        indicators = indicators == null ? List.of() : indicators;
        lifecycle = lifecycle == null ? List.of() : lifecycle;
    }

    public record IndicatorDoc(String indicator, String party, BigDecimal baseline, String baselinePeriod, Double onTrack,
            Double offTrack, Map<String, BigDecimal> targets, List<ReportDoc> reports) {
    }

    /**
     * A reported figure; {@code verification}, {@code verifier} and {@code verifierParty} record a
     * decision already taken (administrators only). The verifying party is the one the file names,
     * or else the agreement's only party in the role of verifier.
     */
    public record ReportDoc(String period, BigDecimal value, String unit, String source, String documents, String note,
            String verification, String verifier, String verifierParty, String reason) {
    }

    public record ActDoc(String action, LocalDate on, String reason) {
    }

    /** The agreement's terms as a draft. */
    public AgreementDraft draft() {
        return new AgreementDraft(id, title, type, summary, startsOn, endsOn, illustrative, parties, clauses, commitments);
    }
}
