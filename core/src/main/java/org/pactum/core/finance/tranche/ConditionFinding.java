package org.pactum.core.finance.tranche;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** What a decision found for one condition, and why, in a sentence that names the condition. */
public record ConditionFinding(Condition condition, Status status, Optional<BigDecimal> reported, String reason) {

    public enum Status {
        /** Verified evidence meets the threshold. */
        MET,
        /** Verified evidence falls short of the threshold. */
        NOT_MET,
        /** The report has not been verified yet: not met. */
        UNVERIFIED,
        /** The verifier disputes the report: not met. */
        DISPUTED,
        /** Nothing was reported for the indicator: not met. */
        NO_REPORT
    }

    public ConditionFinding {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean met() {
        return status == Status.MET;
    }
}
