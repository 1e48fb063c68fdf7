package org.pactum.server.fairshare;

import java.math.BigDecimal;
import java.util.List;

/**
 * A solidarity pool as negotiators read it: its needs, each contributing state's indicative
 * contribution and pledge, the gaps, and which responsibility-offset thresholds of Article 63 are
 * met. Money is in minor units of the pool's currency.
 */
public record PoolView(String id, String name, long relocationReference, long financialReferenceMinor,
        String currency, long equivalenceRateMinor, String key, int dataYear, String method,
        List<String> members, List<String> benefitting, List<StateLine> states, long totalFairShare, long totalDue,
        long relocationsPledged, long pledgedValueMinor, long unionGapMinor, BigDecimal unionGapRelocations,
        boolean unionRelocationThresholdMet, List<String> statesMeetingOffsetThreshold, List<String> sources) {

    /** How the public register names a pool: its establishment is found under this subject. */
    public static String registerSubject(String poolId) {
        return "pool/" + poolId;
    }

    /** How the public register names a state's pledge to a pool (a replaced pledge keeps its subject). */
    public static String pledgeSubject(String poolId, String state) {
        return registerSubject(poolId) + "/pledge/" + state;
    }

    /** This pool's subject in the public register. */
    public String registerSubject() {
        return registerSubject(id);
    }

    /** The subject of this pool's pledge by {@code state} in the public register. */
    public String pledgeSubject(String state) {
        return pledgeSubject(id, state);
    }

    /** One contributing state: fair share, deduction, what is due, what is pledged, and the gap. */
    public record StateLine(String state, String name, BigDecimal share, BigDecimal quota, long fairShare,
            long fairShareMoneyMinor, BigDecimal deductionFraction, long deducted, long due, long dueMoneyMinor,
            long pledgedRelocations, long pledgedFinancialMinor, long pledgedAlternativeMinor, long pledgedValueMinor,
            long gapMinor, BigDecimal gapRelocations, boolean offsetThresholdMet) {
    }
}
