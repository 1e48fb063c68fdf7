package org.pactum.core.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pactum.core.apportionment.Allotment;
import org.pactum.core.apportionment.ApportionmentMethod;
import org.pactum.core.fairshare.StateCode;

/**
 * The stress test of a solidarity pool: the pool's relocation need grows with a scenario, each
 * contributing state's fair share is apportioned again over the larger need with the pool's own
 * keys, deductions and method, and each pledge is compared with what would then be due. A state's
 * pledge falls short when its value (relocations at the equivalence rate plus money and alternative
 * measures) is below the money equivalent of its stressed due.
 */
public final class PoolStress {

    private PoolStress() {
    }

    /** A contributing state as the pool stands: key share, deduction fraction (0 to 1), pledge value in minor units. */
    public record StateInput(StateCode state, BigDecimal share, BigDecimal deductionFraction, long dueNow, long pledgedValueMinor) {
        public StateInput {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(share, "share");
            deductionFraction = deductionFraction == null ? BigDecimal.ZERO : deductionFraction;
            if (deductionFraction.signum() < 0 || deductionFraction.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("the deduction of " + state + " must be between 0 and 1");
            }
            if (dueNow < 0 || pledgedValueMinor < 0) {
                throw new IllegalArgumentException("due and pledged value of " + state + " must be zero or more");
            }
        }
    }

    /** A state under the scenario: due now and then (persons), its money equivalent, its pledge and the shortfall. */
    public record StressedState(StateCode state, long dueNow, long dueStressed, long dueStressedMinor, long pledgedValueMinor,
            long shortfallMinor) {

        public boolean fallsShort() {
            return shortfallMinor > 0;
        }

        /** Whether the pledge covered what was due before the scenario. */
        public boolean coveredBefore(long equivalenceRateMinor) {
            return pledgedValueMinor >= Math.multiplyExact(dueNow, equivalenceRateMinor);
        }
    }

    /** The pool under the scenario. */
    public record Result(long referenceNow, long referenceStressed, double factor, List<StressedState> states) {

        public List<StressedState> fallingShort() {
            return states.stream().filter(StressedState::fallsShort).toList();
        }
    }

    /**
     * Stresses a pool whose relocation need is {@code reference} by {@code factor} (1.4 for +40 %).
     *
     * @param equivalenceRateMinor the money equivalent of one relocation, in minor units
     */
    public static Result stress(long reference, double factor, long equivalenceRateMinor, List<StateInput> states,
            ApportionmentMethod method) {
        if (reference < 0) {
            throw new IllegalArgumentException("the relocation reference must be zero or more");
        }
        if (!(factor >= 0) || factor > 100) {
            throw new IllegalArgumentException("the scenario factor must be between 0 and 100, was " + factor);
        }
        if (equivalenceRateMinor <= 0) {
            throw new IllegalArgumentException("the equivalence rate must be above zero");
        }
        if (states.isEmpty()) {
            throw new IllegalArgumentException("a pool needs at least one contributing state");
        }
        long stressedReference = Math.round(reference * factor);
        Map<StateCode, BigDecimal> shares = new java.util.TreeMap<>();
        Map<StateCode, StateInput> byState = new java.util.TreeMap<>();
        for (StateInput s : states) {
            shares.put(s.state(), s.share());
            byState.put(s.state(), s);
        }
        List<StressedState> out = new ArrayList<>();
        for (Allotment allotment : method.apportion(shares, stressedReference).allotments()) {
            StateInput s = byState.get(allotment.state());
            long deducted = s.deductionFraction().multiply(BigDecimal.valueOf(allotment.persons()))
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
            long due = allotment.persons() - deducted;
            long dueMinor = Math.multiplyExact(due, equivalenceRateMinor);
            out.add(new StressedState(s.state(), s.dueNow(), due, dueMinor, s.pledgedValueMinor(),
                    Math.max(0, dueMinor - s.pledgedValueMinor())));
        }
        return new Result(reference, stressedReference, factor, out);
    }
}
