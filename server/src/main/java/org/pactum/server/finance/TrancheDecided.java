package org.pactum.server.finance;

import java.time.LocalDate;
import java.util.List;

/**
 * A tranche was decided: released in full, in part, or withheld, with the reason for each condition.
 * Published through the event outbox; a release leads to a disbursement in the ledger.
 */
public record TrancheDecided(long decisionId, String agreementId, String instrumentId, String trancheId, LocalDate decidedOn,
        String outcome, long releasedMinor, long withheldMinor, String currency, String explanation, List<String> reasons) {

    public TrancheDecided {
        reasons = List.copyOf(reasons);
    }
}
