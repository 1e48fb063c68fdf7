package org.pactum.core.apportionment;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import org.pactum.core.fairshare.StateCode;

/**
 * Largest remainders (Hamilton, Hare–Niemeyer): every state first gets the whole part of its quota,
 * then the persons left over go one each to the states with the largest fractional parts. Each state
 * ends within one person of its quota (the quota rule), but raising the total can lower a state's
 * number (the Alabama paradox). Equal remainders: larger share first, then alphabetical.
 */
public record Hamilton() implements ApportionmentMethod {

    @Override
    public String name() {
        return "hamilton";
    }

    @Override
    public boolean meetsTotalExactly() {
        return true;
    }

    @Override
    public Apportionment apportion(Map<StateCode, BigDecimal> shares, long total) {
        Quotas quotas = Quotas.of(shares, total);
        long[] persons = quotas.floors.clone();
        long leftOver = total - Arrays.stream(persons).sum();
        Integer[] order = new Integer[quotas.size()];
        Arrays.setAll(order, i -> i);
        Comparator<Integer> byRemainder = (i, j) -> quotas.remainders[j].compareTo(quotas.remainders[i]);
        Arrays.sort(order, byRemainder.thenComparing(quotas::tieBreak));
        for (int k = 0; k < leftOver; k++) {
            persons[order[k]]++;
        }
        return quotas.result(name(), persons);
    }
}
