package org.pactum.core.corridors;

import java.util.Objects;

/**
 * The visa regimes between two countries, each way: how citizens of A enter B, and how citizens
 * of B enter A. The reciprocity gap is how many steps of openness separate the two: 0 when each
 * side grants the other what it receives.
 *
 * @param aIntoB the regime for A's citizens entering B
 * @param bIntoA the regime for B's citizens entering A
 */
public record VisaReciprocity(VisaRegime aIntoB, VisaRegime bIntoA) {

    public VisaReciprocity {
        Objects.requireNonNull(aIntoB, "aIntoB");
        Objects.requireNonNull(bIntoA, "bIntoA");
    }

    /** Steps of openness A's citizens enjoy in B beyond what B's citizens enjoy in A (negative: B is favoured). */
    public int gap() {
        return aIntoB.openness() - bIntoA.openness();
    }

    public boolean reciprocal() {
        return gap() == 0;
    }

    /**
     * Whether one side's citizens enter visa-free and the other side's do not: the imbalance the
     * reciprocity report lists.
     */
    public boolean visaFreeOneWayOnly() {
        return (aIntoB == VisaRegime.VISA_FREE) != (bIntoA == VisaRegime.VISA_FREE);
    }

    /** Which side's citizens are better treated, if either. */
    public Favoured favoured() {
        int gap = gap();
        return gap > 0 ? Favoured.A : gap < 0 ? Favoured.B : Favoured.NEITHER;
    }

    /** The same relationship seen from B. */
    public VisaReciprocity reversed() {
        return new VisaReciprocity(bIntoA, aIntoB);
    }

    /** Whose citizens are better treated. */
    public enum Favoured { A, B, NEITHER }
}
