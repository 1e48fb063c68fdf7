package org.pactum.core.apportionment;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Allots the total to the highest claims under a divisor rule. Rather than handing out persons one
 * by one from zero (a billion steps for a billion persons), it starts from each state's rounded
 * quota, adds or removes persons at the margin until the total is met, and then swaps persons while
 * the best claim left out beats the weakest claim let in. The result is the set of the {@code total}
 * highest claims, ranked by priority, then larger share, then alphabetical order of code.
 */
final class Divisors {

    private Divisors() {
    }

    static long[] apportion(Quotas quotas, DivisorRule rule) {
        int n = quotas.size();
        long[] persons = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            persons[i] = quotas.weights[i].signum() > 0 ? rule.estimate(quotas, i) : 0;
            sum += persons[i];
        }
        // A claim is a state and the persons it already holds; "before" means it ranks higher.
        Comparator<Integer> nextClaimFirst = (i, j) -> claimOrder(quotas, rule, i, persons[i], j, persons[j]);
        Comparator<Integer> lastClaimWeakestFirst = (i, j) -> claimOrder(quotas, rule, j, persons[j] - 1, i, persons[i] - 1);
        if (sum < quotas.total) {
            PriorityQueue<Integer> claims = new PriorityQueue<>(nextClaimFirst);
            for (int i = 0; i < n; i++) {
                if (quotas.weights[i].signum() > 0) {
                    claims.add(i);
                }
            }
            for (; sum < quotas.total; sum++) {
                int i = claims.poll();
                persons[i]++;
                claims.add(i);
            }
        } else if (sum > quotas.total) {
            PriorityQueue<Integer> held = new PriorityQueue<>(lastClaimWeakestFirst);
            for (int i = 0; i < n; i++) {
                if (persons[i] > 0) {
                    held.add(i);
                }
            }
            for (; sum > quotas.total; sum--) {
                int j = held.poll();
                persons[j]--;
                if (persons[j] > 0) {
                    held.add(j);
                }
            }
        }
        while (swapOnce(quotas, rule, persons)) {
            // each swap replaces an admitted claim with a strictly higher-ranked one, so this ends
        }
        return persons;
    }

    private static boolean swapOnce(Quotas quotas, DivisorRule rule, long[] persons) {
        int best = -1;
        int weakest = -1;
        for (int i = 0; i < quotas.size(); i++) {
            if (quotas.weights[i].signum() == 0) {
                continue;
            }
            if (best < 0 || claimOrder(quotas, rule, i, persons[i], best, persons[best]) < 0) {
                best = i;
            }
            if (persons[i] > 0 && (weakest < 0 || claimOrder(quotas, rule, i, persons[i] - 1, weakest, persons[weakest] - 1) > 0)) {
                weakest = i;
            }
        }
        if (best < 0 || weakest < 0 || best == weakest
                || claimOrder(quotas, rule, best, persons[best], weakest, persons[weakest] - 1) >= 0) {
            return false;
        }
        persons[best]++;
        persons[weakest]--;
        return true;
    }

    /** Negative if the claim of state i holding si persons ranks before that of state j holding sj. */
    private static int claimOrder(Quotas quotas, DivisorRule rule, int i, long si, int j, long sj) {
        int byPriority = rule.compareClaims(quotas.weights[j], sj, quotas.weights[i], si);
        return byPriority != 0 ? byPriority : quotas.tieBreak(i, j);
    }
}
