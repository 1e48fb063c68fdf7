package org.pactum.server.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.pactum.core.compliance.Verification;

/**
 * One version of a reported figure and where it stands with the verifier. Versions are never
 * changed: a correction is the next version, and its verification starts again.
 */
public record Report(long id, long indicatorId, String period, LocalDate periodStart, int version, BigDecimal value,
        String unit, String source, String documents, String note, String reportingParty, String reportedBy,
        Instant reportedAt, Verification verification, Optional<String> verifiedBy, String verificationReason) {

    /**
     * How the public register names a report: the report and every verifier's decision on it are
     * found under this subject. A correction is another report, with a subject of its own.
     */
    public static String registerSubject(long reportId) {
        return "indicator-report/" + reportId;
    }

    /** This report's subject in the public register. */
    public String registerSubject() {
        return registerSubject(id);
    }
}
