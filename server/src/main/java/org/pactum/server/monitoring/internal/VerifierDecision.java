package org.pactum.server.monitoring.internal;

import java.time.Instant;
import java.util.Optional;
import org.pactum.core.compliance.Verification;

/**
 * One decision of an independent verifier on a report, as stored: confirmed or disputed, why, by
 * whom and when. Decisions are never changed; a later decision on the same report is another row.
 */
public record VerifierDecision(long id, long reportId, Verification outcome, String reason, String verifier,
        Optional<String> verifierParty, Instant decidedAt) {
}
