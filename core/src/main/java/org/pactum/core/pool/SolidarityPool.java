package org.pactum.core.pool;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pactum.core.apportionment.Allotment;
import org.pactum.core.apportionment.Apportionment;
import org.pactum.core.apportionment.ApportionmentMethod;
import org.pactum.core.fairshare.FairShares;
import org.pactum.core.fairshare.StateCode;

/**
 * A solidarity pool once established: each contributing Member State's indicative contribution,
 * from which pledges are then measured.
 *
 * <p>The relocation reference number is apportioned in whole persons over the contributing states by
 * the chosen method; each state's money equivalent is its persons times the equivalence rate. A
 * deduction removes {@code fraction × fair share} persons, rounded to the nearest person (a half
 * upwards), and its money equivalent; what is deducted is not passed on to anyone.
 *
 * <pre>{@code
 * PoolSpec spec = PoolSpec.of("Annual Solidarity Pool 2026", 21_000, Money.euros(420_000_000), eu27)
 *         .withBenefitting(Set.of(CYP, GRC, ITA, ESP));
 * FairShares shares = new EuAmmr2024Key().compute(spec.participants(), data);
 * SolidarityPool pool = SolidarityPool.establish(spec, shares, new Hamilton());
 * PledgeAssessment assessment = pool.assess(pledges);
 * }</pre>
 */
public record SolidarityPool(PoolSpec spec, String method, List<IndicativeContribution> contributions) {

    public SolidarityPool {
        Objects.requireNonNull(spec, "pool");
        Objects.requireNonNull(method, "method");
        contributions = List.copyOf(contributions);
    }

    /**
     * Computes the indicative contributions.
     *
     * @param shares fair shares over exactly the contributing Member States of {@code spec}
     */
    public static SolidarityPool establish(PoolSpec spec, FairShares shares, ApportionmentMethod method) {
        Objects.requireNonNull(spec, "pool");
        Objects.requireNonNull(shares, "fair shares");
        Objects.requireNonNull(method, "apportionment method");
        SortedSet<StateCode> keyed = new TreeSet<>(shares.asMap().keySet());
        if (!keyed.equals(spec.contributing())) {
            SortedSet<StateCode> missing = new TreeSet<>(spec.contributing());
            missing.removeAll(keyed);
            SortedSet<StateCode> extra = new TreeSet<>(keyed);
            extra.removeAll(spec.contributing());
            throw new IllegalArgumentException("the fair shares must cover exactly the contributing Member States of " + spec.name()
                    + (missing.isEmpty() ? "" : "; missing " + missing) + (extra.isEmpty() ? "" : "; not contributing " + extra));
        }
        Apportionment persons = method.apportion(shares, spec.relocationReference());
        Money rate = spec.equivalenceRate();
        List<IndicativeContribution> contributions = new ArrayList<>(persons.allotments().size());
        for (Allotment allotment : persons.allotments()) {
            Optional<Deduction> deduction = Optional.ofNullable(spec.deductions().get(allotment.state()));
            long deducted = deduction.map(d -> d.fraction().multiply(BigDecimal.valueOf(allotment.persons()))
                    .setScale(0, RoundingMode.HALF_UP).longValueExact()).orElse(0L);
            long due = allotment.persons() - deducted;
            contributions.add(new IndicativeContribution(allotment.state(), allotment.share(), allotment.quota(), allotment.persons(),
                    rate.times(allotment.persons()), deduction, deducted, due, rate.times(due)));
        }
        return new SolidarityPool(spec, method.name(), contributions);
    }

    public Optional<IndicativeContribution> of(StateCode state) {
        return contributions.stream().filter(contribution -> contribution.state().equals(state)).findFirst();
    }

    /** The fair shares in persons, added up: the relocation reference number for every method but independent rounding. */
    public long totalFairShare() {
        return contributions.stream().mapToLong(IndicativeContribution::fairShare).sum();
    }

    /** What remains due in persons once deductions are granted. */
    public long totalDue() {
        return contributions.stream().mapToLong(IndicativeContribution::due).sum();
    }

    /** What remains due in money equivalent once deductions are granted. */
    public Money totalDueMoney() {
        long total = 0;
        for (IndicativeContribution contribution : contributions) {
            total = Math.addExact(total, contribution.dueMoney().minorUnits());
        }
        return new Money(total, spec.equivalenceRate().currency());
    }

    /** Measures pledges against the contributions; states without a pledge count as having pledged nothing. */
    public PledgeAssessment assess(Collection<Pledge> pledges) {
        return PledgeAssessment.of(this, pledges);
    }
}
