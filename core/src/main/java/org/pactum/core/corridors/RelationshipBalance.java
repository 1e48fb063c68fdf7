package org.pactum.core.corridors;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.pactum.core.corridors.Undertaking.Side;

/**
 * The balance of a bilateral relationship: what each side gives and gets under the agreements
 * between them, from their commitments. What A gives, B gets, and the other way round; what third
 * parties (a donor, an implementing organisation) give is kept apart, because it is neither side's
 * concession. Quantities add up per commitment type and unit, never across units.
 */
public record RelationshipBalance(Map<Kind, BigDecimal> givenByA, Map<Kind, BigDecimal> givenByB,
        Map<Kind, BigDecimal> givenByThirdParties) {

    public RelationshipBalance {
        givenByA = Map.copyOf(givenByA);
        givenByB = Map.copyOf(givenByB);
        givenByThirdParties = Map.copyOf(givenByThirdParties);
    }

    /** A commitment type in its unit: the level at which quantities may be added. */
    public record Kind(String typeCode, String unit) implements Comparable<Kind> {
        public Kind {
            Objects.requireNonNull(typeCode, "typeCode");
            Objects.requireNonNull(unit, "unit");
        }

        @Override
        public int compareTo(Kind other) {
            int byType = typeCode.compareTo(other.typeCode);
            return byType != 0 ? byType : unit.compareTo(other.unit);
        }
    }

    /** Adds up the undertakings of every agreement between A and B. */
    public static RelationshipBalance of(List<Undertaking> undertakings) {
        Map<Kind, BigDecimal> a = new TreeMap<>();
        Map<Kind, BigDecimal> b = new TreeMap<>();
        Map<Kind, BigDecimal> third = new TreeMap<>();
        for (Undertaking u : undertakings) {
            Map<Kind, BigDecimal> target = switch (u.side()) {
                case A -> a;
                case B -> b;
                case THIRD_PARTY -> third;
            };
            target.merge(new Kind(u.typeCode(), u.unit()), u.quantity(), BigDecimal::add);
        }
        return new RelationshipBalance(new TreeMap<>(a), new TreeMap<>(b), new TreeMap<>(third));
    }

    /** What A gets from B: exactly what B gives. */
    public Map<Kind, BigDecimal> receivedByA() {
        return givenByB;
    }

    /** What B gets from A: exactly what A gives. */
    public Map<Kind, BigDecimal> receivedByB() {
        return givenByA;
    }

    /**
     * Whether only one side has committed anything to the other: a relationship from which one
     * partner derives no benefit it can point to in the commitments.
     */
    public boolean oneSided() {
        return givenByA.isEmpty() != givenByB.isEmpty();
    }

    public boolean empty() {
        return givenByA.isEmpty() && givenByB.isEmpty() && givenByThirdParties.isEmpty();
    }

    /** The side that gives without getting anything from the other, if the balance is one-sided. */
    public java.util.Optional<Side> sideGivingWithoutReturn() {
        if (!oneSided()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(givenByA.isEmpty() ? Side.B : Side.A);
    }
}
