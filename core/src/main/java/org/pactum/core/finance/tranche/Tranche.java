package org.pactum.core.finance.tranche;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pactum.core.finance.instrument.InstrumentId;
import org.pactum.core.pool.Money;

/**
 * A phased payment of an instrument: an amount that falls due on a date, released when its
 * conditions are met by verified evidence. A tranche is a value; its life cycle (planned, decided,
 * released) is the sequence of {@link TrancheDecision}s the server records. {@link #decide} is the
 * only way to a decision.
 */
public record Tranche(String id, InstrumentId instrument, Money amount, LocalDate dueDate, List<Condition> conditions,
                      ReleaseRule rule) {

    public Tranche {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("trancheId: required");
        }
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount: a tranche must be positive, got " + amount);
        }
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(rule, "rule");
        conditions = List.copyOf(conditions);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < conditions.size(); i++) {
            if (!seen.add(conditions.get(i).describe())) {
                throw new IllegalArgumentException("conditions[" + i + "]: repeats " + conditions.get(i).describe());
            }
        }
    }

    /**
     * The decision on this tranche given the evidence at hand (at most one report per indicator).
     * Every condition is assessed by {@link TrancheRules}; then
     * <ul>
     *   <li>all conditions met (or none set): RELEASE of the whole amount;</li>
     *   <li>none met, or some unmet under {@link ReleaseRule#ALL_OR_NOTHING}: WITHHOLD;</li>
     *   <li>some met under {@link ReleaseRule#PRO_RATA_CONDITIONS_MET}: PARTIAL_RELEASE of
     *       ⌊amount × met ÷ conditions⌋ minor units.</li>
     * </ul>
     */
    public TrancheDecision decide(List<Evidence> evidence, LocalDate decidedOn) {
        Objects.requireNonNull(decidedOn, "decidedOn");
        Map<String, Evidence> byIndicator = new HashMap<>();
        for (int i = 0; i < evidence.size(); i++) {
            Evidence report = Objects.requireNonNull(evidence.get(i), "evidence[" + i + "]");
            if (byIndicator.putIfAbsent(report.indicatorCode(), report) != null) {
                throw new IllegalArgumentException("evidence[" + i + "]: a second report for " + report.indicatorCode());
            }
        }
        List<ConditionFinding> findings = new ArrayList<>();
        for (Condition condition : conditions) {
            findings.add(TrancheRules.assess(condition, Optional.ofNullable(byIndicator.get(condition.indicatorCode()))));
        }
        long met = findings.stream().filter(ConditionFinding::met).count();
        TrancheDecision.Outcome outcome;
        Money released;
        if (met == conditions.size()) {
            outcome = TrancheDecision.Outcome.RELEASE;
            released = amount;
        } else if (met == 0 || rule == ReleaseRule.ALL_OR_NOTHING) {
            outcome = TrancheDecision.Outcome.WITHHOLD;
            released = Money.zero(amount.currency());
        } else {
            outcome = TrancheDecision.Outcome.PARTIAL_RELEASE;
            long minor = BigDecimal.valueOf(amount.minorUnits()).multiply(BigDecimal.valueOf(met))
                    .divide(BigDecimal.valueOf(conditions.size()), 0, RoundingMode.FLOOR).longValueExact();
            released = new Money(minor, amount.currency());
        }
        return new TrancheDecision(id, instrument, decidedOn, outcome, amount, released, findings);
    }
}
