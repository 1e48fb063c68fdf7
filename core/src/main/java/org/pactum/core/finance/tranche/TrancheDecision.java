package org.pactum.core.finance.tranche;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.pactum.core.finance.instrument.InstrumentId;
import org.pactum.core.pool.Money;

/**
 * The decision on a tranche, explained: the outcome, how much is released and withheld, and one
 * finding per condition. An event: the server publishes it and records the disbursement it
 * authorises.
 */
public record TrancheDecision(String trancheId, InstrumentId instrument, LocalDate decidedOn, Outcome outcome, Money trancheAmount,
                              Money released, List<ConditionFinding> findings) {

    public enum Outcome { RELEASE, PARTIAL_RELEASE, WITHHOLD }

    public TrancheDecision {
        Objects.requireNonNull(trancheId, "trancheId");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(outcome, "outcome");
        findings = List.copyOf(findings);
        if (released.signum() < 0 || !trancheAmount.isAtLeast(released)) {
            throw new IllegalArgumentException("released: must be between zero and the tranche amount " + trancheAmount + ", got " + released);
        }
    }

    public Money withheld() {
        return trancheAmount.minus(released);
    }

    /** One sentence per condition, in the order of the tranche's conditions. */
    public List<String> reasons() {
        return findings.stream().map(ConditionFinding::reason).collect(Collectors.toUnmodifiableList());
    }

    /** A one-paragraph explanation for the financing-plan page. */
    public String explanation() {
        String head = switch (outcome) {
            case RELEASE -> "Release " + released + " of tranche " + trancheId;
            case PARTIAL_RELEASE -> "Release " + released + " of " + trancheAmount + " of tranche " + trancheId + " (pro rata to conditions met); withhold " + withheld();
            case WITHHOLD -> "Withhold tranche " + trancheId + " (" + trancheAmount + ")";
        };
        return findings.isEmpty() ? head + ": no conditions." : head + ": " + String.join("; ", reasons()) + ".";
    }
}
