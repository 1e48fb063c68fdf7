package org.pactum.core.apportionment;

import java.math.BigInteger;

/**
 * A divisor method's ranking of claims. A state with weight {@code w} holding {@code s} persons
 * claims its next person with priority {@code w / d(s)}; the method allots the total to the highest
 * claims. Priorities are compared by cross-multiplying integers, never by dividing.
 */
interface DivisorRule {

    /** Positive if the claim {@code w1 / d(s1)} is higher than {@code w2 / d(s2)}, zero if equal. */
    int compareClaims(BigInteger w1, long s1, BigInteger w2, long s2);

    /** A first estimate of a state's persons from its quota, which the method then corrects. */
    long estimate(Quotas quotas, int i);

    /** d(s) = s + 1: D'Hondt (Jefferson). */
    DivisorRule NEXT_WHOLE = new DivisorRule() {
        @Override
        public int compareClaims(BigInteger w1, long s1, BigInteger w2, long s2) {
            return w1.multiply(BigInteger.valueOf(s2 + 1)).compareTo(w2.multiply(BigInteger.valueOf(s1 + 1)));
        }

        @Override
        public long estimate(Quotas quotas, int i) {
            return quotas.floors[i];
        }
    };

    /** d(s) = s + 1/2, compared as w / (2s + 1): Sainte-Laguë (Webster). */
    DivisorRule HALF_WAY = new DivisorRule() {
        @Override
        public int compareClaims(BigInteger w1, long s1, BigInteger w2, long s2) {
            return w1.multiply(BigInteger.valueOf(2 * s2 + 1)).compareTo(w2.multiply(BigInteger.valueOf(2 * s1 + 1)));
        }

        @Override
        public long estimate(Quotas quotas, int i) {
            return quotas.floors[i] + (quotas.remainderAtLeastHalf(i) ? 1 : 0);
        }
    };

    /**
     * d(s) = √(s(s + 1)), compared as w² / (s(s + 1)); d(0) = 0, so every state with a share claims its
     * first person before anyone's second: Huntington–Hill (equal proportions).
     */
    DivisorRule GEOMETRIC_MEAN = new DivisorRule() {
        @Override
        public int compareClaims(BigInteger w1, long s1, BigInteger w2, long s2) {
            if (s1 == 0 || s2 == 0) {
                return Boolean.compare(s1 == 0, s2 == 0);
            }
            BigInteger d1 = BigInteger.valueOf(s1).multiply(BigInteger.valueOf(s1 + 1));
            BigInteger d2 = BigInteger.valueOf(s2).multiply(BigInteger.valueOf(s2 + 1));
            return w1.multiply(w1).multiply(d2).compareTo(w2.multiply(w2).multiply(d1));
        }

        @Override
        public long estimate(Quotas quotas, int i) {
            return quotas.floors[i] + (quotas.remainderAtLeastHalf(i) ? 1 : 0);
        }
    };
}
