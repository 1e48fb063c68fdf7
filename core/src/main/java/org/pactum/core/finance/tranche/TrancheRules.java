package org.pactum.core.finance.tranche;

import java.util.Objects;
import java.util.Optional;
import org.pactum.core.finance.tranche.ConditionFinding.Status;

/**
 * The rules by which one condition is judged against the evidence. Money is never released on
 * unverified data:
 * <ul>
 *   <li>no report for the indicator: {@link Status#NO_REPORT}, not met;</li>
 *   <li>a DISPUTED report: {@link Status#DISPUTED}, not met, with the verifier's reason;</li>
 *   <li>a PENDING report: {@link Status#UNVERIFIED}, not met, even if its value would meet the
 *       threshold, and even for a condition that does not ask for independent verification (for
 *       those the donor's own confirmation is recorded as VERIFIED evidence);</li>
 *   <li>a VERIFIED report: {@link Status#MET} or {@link Status#NOT_MET} by comparing its value with
 *       the threshold.</li>
 * </ul>
 */
public final class TrancheRules {

    private TrancheRules() {
    }

    public static ConditionFinding assess(Condition condition, Optional<Evidence> evidence) {
        Objects.requireNonNull(condition, "condition");
        String name = condition.describe();
        if (evidence.isEmpty()) {
            return new ConditionFinding(condition, Status.NO_REPORT, Optional.empty(),
                    name + ": not met, nothing reported for " + condition.indicatorCode());
        }
        Evidence report = evidence.get();
        String value = report.value().toPlainString();
        Verification verification = report.verification();
        if (verification instanceof Verification.Disputed disputed) {
            return new ConditionFinding(condition, Status.DISPUTED, Optional.of(report.value()),
                    name + ": not met, the reported " + value + " is disputed: " + disputed.reason());
        }
        if (verification instanceof Verification.Pending) {
            return new ConditionFinding(condition, Status.UNVERIFIED, Optional.of(report.value()),
                    name + ": not met, the reported " + value + " is not verified yet"
                            + (condition.verificationRequired() ? " (independent verification required)" : " (awaiting the donor's confirmation)"));
        }
        Verification.Verified verified = (Verification.Verified) verification;
        boolean met = condition.comparison().holds(report.value(), condition.threshold());
        return new ConditionFinding(condition, met ? Status.MET : Status.NOT_MET, Optional.of(report.value()),
                name + (met ? ": met, " : ": not met, ") + value + " verified by " + verified.verifier());
    }
}
