package org.pactum.core.apportionment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.pactum.core.fairshare.StateCode;

/**
 * The exact arithmetic all methods share. Shares become whole-number weights {@code w_i} at a common
 * decimal scale (at most {@value #MAX_DECIMALS} decimal places), so the quota {@code total × w_i / W}
 * and its floor and remainder are exact integers and fractions; nothing is compared in floating point.
 *
 * <p>Tie-break, used wherever two states have an equal claim: the state with the larger share
 * first, then the state whose code comes first in the alphabet.
 */
final class Quotas {

    static final long MAX_TOTAL = 1_000_000_000L;
    static final int MAX_DECIMALS = 64;

    final long total;
    final List<StateCode> states;
    final BigInteger[] weights;
    final BigInteger totalWeight;
    final long[] floors;
    final BigInteger[] remainders;

    private Quotas(long total, List<StateCode> states, BigInteger[] weights) {
        this.total = total;
        this.states = states;
        this.weights = weights;
        BigInteger sum = BigInteger.ZERO;
        for (BigInteger weight : weights) {
            sum = sum.add(weight);
        }
        this.totalWeight = sum;
        this.floors = new long[weights.length];
        this.remainders = new BigInteger[weights.length];
        BigInteger t = BigInteger.valueOf(total);
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] division = t.multiply(weights[i]).divideAndRemainder(totalWeight);
            floors[i] = division[0].longValueExact();
            remainders[i] = division[1];
        }
    }

    static Quotas of(Map<StateCode, BigDecimal> shares, long total) {
        checkTotal(total);
        Objects.requireNonNull(shares, "shares");
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("an apportionment needs at least one state");
        }
        TreeMap<StateCode, BigDecimal> sorted = new TreeMap<>();
        int scale = 0;
        for (Map.Entry<StateCode, BigDecimal> entry : shares.entrySet()) {
            StateCode state = Objects.requireNonNull(entry.getKey(), "state");
            BigDecimal share = Objects.requireNonNull(entry.getValue(), "share of " + state);
            if (share.signum() < 0) {
                throw new IllegalArgumentException("the share of " + state + " cannot be negative, was " + share);
            }
            if (share.scale() > MAX_DECIMALS) {
                share = share.setScale(MAX_DECIMALS, RoundingMode.HALF_EVEN);
            }
            sorted.put(state, share);
            scale = Math.max(scale, share.scale());
        }
        List<StateCode> states = new ArrayList<>(sorted.keySet());
        BigInteger[] weights = new BigInteger[states.size()];
        boolean anyPositive = false;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = sorted.get(states.get(i)).setScale(scale).unscaledValue();
            anyPositive |= weights[i].signum() > 0;
        }
        if (!anyPositive) {
            throw new IllegalArgumentException("at least one state needs a share above zero, shares were " + sorted);
        }
        return new Quotas(total, List.copyOf(states), weights);
    }

    static void checkTotal(long total) {
        if (total < 0 || total > MAX_TOTAL) {
            throw new IllegalArgumentException("the total to apportion must be between 0 and 1,000,000,000 persons, was " + total);
        }
    }

    int size() {
        return states.size();
    }

    /** Negative if state {@code i} wins a tie against state {@code j}: larger share first, then code. */
    int tieBreak(int i, int j) {
        int byShare = weights[j].compareTo(weights[i]);
        return byShare != 0 ? byShare : states.get(i).compareTo(states.get(j));
    }

    /** Whether the fractional part of state {@code i}'s quota is at least one half. */
    boolean remainderAtLeastHalf(int i) {
        return remainders[i].shiftLeft(1).compareTo(totalWeight) >= 0;
    }

    Apportionment result(String method, long[] persons) {
        // share = w_i / W and quota = total × w_i / W, both to 34 significant digits; one division in all
        BigDecimal perWeight = BigDecimal.ONE.divide(new BigDecimal(totalWeight), MathContext.DECIMAL128);
        BigDecimal t = BigDecimal.valueOf(total);
        List<Allotment> allotments = new ArrayList<>(states.size());
        for (int i = 0; i < states.size(); i++) {
            BigDecimal share = new BigDecimal(weights[i]).multiply(perWeight, MathContext.DECIMAL128);
            allotments.add(new Allotment(states.get(i), share, share.multiply(t, MathContext.DECIMAL128), persons[i]));
        }
        return new Apportionment(method, total, allotments);
    }
}
