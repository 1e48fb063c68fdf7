package org.pactum.core.pool;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pactum.core.fairshare.Participants;
import org.pactum.core.fairshare.StateCode;

/**
 * An Annual Solidarity Pool as the Council establishes it under Regulation (EU) 2024/1351: the
 * reference number of relocations and the reference amount of financial contributions for the
 * year, the equivalence rate between them (EUR 20,000 per relocation unless set otherwise), the
 * Member States taking part, the benefitting Member States (which do not contribute), and the
 * deductions granted to contributing Member States in a significant migratory situation.
 *
 * <p>The fair shares are computed over the contributing Member States (members less benefitting
 * ones), normally with the reference key of Article 66 ({@code eu-ammr-2024}).
 */
public record PoolSpec(String name, long relocationReference, Money financialReference, Money equivalenceRate,
                       SortedSet<StateCode> members, SortedSet<StateCode> benefitting, SortedMap<StateCode, Deduction> deductions) {

    /** EUR 20,000 per relocation, the rate the Regulation uses to relate relocations and money. */
    public static final Money DEFAULT_EQUIVALENCE_RATE = Money.euros(20_000);

    private static final long MAX_RELOCATIONS = 1_000_000_000L;

    public PoolSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(financialReference, "financial reference");
        Objects.requireNonNull(equivalenceRate, "equivalence rate");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a pool needs a name");
        }
        if (relocationReference < 0 || relocationReference > MAX_RELOCATIONS) {
            throw new IllegalArgumentException("the relocation reference must be between 0 and 1,000,000,000 persons, was " + relocationReference);
        }
        if (equivalenceRate.signum() <= 0) {
            throw new IllegalArgumentException("the equivalence rate must be above zero, was " + equivalenceRate);
        }
        if (financialReference.signum() < 0 || !financialReference.currency().equals(equivalenceRate.currency())) {
            throw new IllegalArgumentException("the financial reference must be zero or more and in the currency of the equivalence rate ("
                    + equivalenceRate.currency() + "), was " + financialReference);
        }
        members = Collections.unmodifiableSortedSet(new TreeSet<>(members));
        benefitting = Collections.unmodifiableSortedSet(new TreeSet<>(benefitting));
        deductions = Collections.unmodifiableSortedMap(new TreeMap<>(deductions));
        SortedSet<StateCode> contributing = new TreeSet<>(members);
        contributing.removeAll(benefitting);
        if (!members.containsAll(benefitting)) {
            SortedSet<StateCode> strangers = new TreeSet<>(benefitting);
            strangers.removeAll(members);
            throw new IllegalArgumentException("benefitting states must be members of the pool, but " + strangers + " are not");
        }
        if (contributing.isEmpty()) {
            throw new IllegalArgumentException("a pool needs at least one contributing Member State");
        }
        if (!contributing.containsAll(deductions.keySet())) {
            SortedSet<StateCode> strangers = new TreeSet<>(deductions.keySet());
            strangers.removeAll(contributing);
            throw new IllegalArgumentException("deductions apply to contributing Member States only, not to " + strangers);
        }
    }

    /** A pool of all {@code members}, none benefitting yet, no deductions, at the default equivalence rate. */
    public static PoolSpec of(String name, long relocationReference, Money financialReference, Collection<StateCode> members) {
        return new PoolSpec(name, relocationReference, financialReference, DEFAULT_EQUIVALENCE_RATE,
                new TreeSet<>(members), new TreeSet<>(), new TreeMap<>());
    }

    public PoolSpec withBenefitting(Collection<StateCode> states) {
        return new PoolSpec(name, relocationReference, financialReference, equivalenceRate, members, new TreeSet<>(states), deductions);
    }

    public PoolSpec withDeduction(StateCode state, Deduction deduction) {
        SortedMap<StateCode, Deduction> more = new TreeMap<>(deductions);
        more.put(state, deduction);
        return new PoolSpec(name, relocationReference, financialReference, equivalenceRate, members, benefitting, more);
    }

    public PoolSpec withEquivalenceRate(Money rate) {
        return new PoolSpec(name, relocationReference, financialReference, rate, members, benefitting, deductions);
    }

    /** The Member States that contribute: members less benefitting ones. */
    public SortedSet<StateCode> contributing() {
        SortedSet<StateCode> contributing = new TreeSet<>(members);
        contributing.removeAll(benefitting);
        return Collections.unmodifiableSortedSet(contributing);
    }

    /** Whom the key shares out among: the members, benefitting states excluded. */
    public Participants participants() {
        return Participants.of(members).excluding(benefitting);
    }
}
