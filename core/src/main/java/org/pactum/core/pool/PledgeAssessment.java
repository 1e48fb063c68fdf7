package org.pactum.core.pool;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.pactum.core.fairshare.StateCode;

/**
 * Pledges set against a pool, per contributing Member State and for the Union as a whole. A pledge
 * in money or alternative measures converts to relocation-equivalents at the pool's equivalence rate.
 *
 * <p>Two conditions for responsibility offsets (Article 63 of Regulation (EU) 2024/1351), as Pactum
 * models them: (a) at Union level, relocation pledges add up to at least half the relocation
 * reference number; (b) for a state, its relocation pledge is at least half its fair share in persons
 * (before any deduction). Both compare whole numbers exactly: {@code 2 × pledged ≥ reference}.
 */
public record PledgeAssessment(SolidarityPool pool, List<PledgePosition> states) {

    public PledgeAssessment {
        Objects.requireNonNull(pool, "pool");
        states = List.copyOf(states);
    }

    static PledgeAssessment of(SolidarityPool pool, Collection<Pledge> pledges) {
        Money rate = pool.spec().equivalenceRate();
        Map<StateCode, Pledge> byState = new TreeMap<>();
        Set<StateCode> contributing = pool.spec().contributing();
        for (Pledge pledge : pledges) {
            if (!contributing.contains(pledge.state())) {
                throw new IllegalArgumentException(pledge.state() + " is not a contributing Member State of " + pool.spec().name());
            }
            if (!pledge.financial().currency().equals(rate.currency())) {
                throw new IllegalArgumentException("the pledge of " + pledge.state() + " must be in " + rate.currency());
            }
            if (byState.put(pledge.state(), pledge) != null) {
                throw new IllegalArgumentException(pledge.state() + " has more than one pledge; combine them into one");
            }
        }
        List<PledgePosition> positions = new ArrayList<>();
        for (IndicativeContribution contribution : pool.contributions()) {
            Pledge pledge = byState.getOrDefault(contribution.state(),
                    new Pledge(contribution.state(), 0, Money.zero(rate.currency()), Money.zero(rate.currency())));
            Money value = pledge.valueAt(rate);
            Money gap = contribution.dueMoney().minus(value);
            boolean halfOfFairShare = 2 * pledge.relocations() >= contribution.fairShare();
            positions.add(new PledgePosition(contribution, pledge, rate, value, gap, halfOfFairShare));
        }
        return new PledgeAssessment(pool, positions);
    }

    public Optional<PledgePosition> of(StateCode state) {
        return states.stream().filter(position -> position.state().equals(state)).findFirst();
    }

    /** Relocations pledged by all contributing states. */
    public long relocationsPledged() {
        return states.stream().mapToLong(position -> position.pledge().relocations()).sum();
    }

    /** Everything pledged, valued in money. */
    public Money totalPledgedValue() {
        long total = 0;
        for (PledgePosition position : states) {
            total = Math.addExact(total, position.pledgedValue().minorUnits());
        }
        return new Money(total, currency());
    }

    /** Everything pledged, in relocation-equivalents. */
    public BigDecimal relocationEquivalentsPledged() {
        return totalPledgedValue().dividedBy(pool.spec().equivalenceRate());
    }

    /** Union-level gap: what is due from all (after deductions) less everything pledged; negative if over-pledged. */
    public Money unionGap() {
        return pool.totalDueMoney().minus(totalPledgedValue());
    }

    public BigDecimal unionGapInRelocations() {
        return unionGap().dividedBy(pool.spec().equivalenceRate());
    }

    /** Relocations still missing against the relocation reference number; negative if exceeded. */
    public long relocationsShortOfReference() {
        return pool.spec().relocationReference() - relocationsPledged();
    }

    /** Condition (a): relocation pledges reach at least half the relocation reference number. */
    public boolean unionRelocationThresholdMet() {
        return 2 * relocationsPledged() >= pool.spec().relocationReference();
    }

    /** The states meeting condition (b), in alphabetical order. */
    public List<StateCode> statesMeetingOffsetThreshold() {
        return states.stream().filter(PledgePosition::offsetThresholdMet).map(PledgePosition::state).toList();
    }

    private String currency() {
        return pool.spec().equivalenceRate().currency();
    }
}
