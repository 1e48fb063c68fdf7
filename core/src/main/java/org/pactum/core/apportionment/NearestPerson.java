package org.pactum.core.apportionment;

import java.math.BigDecimal;
import java.util.Map;
import org.pactum.core.fairshare.StateCode;

/**
 * Each state's quota rounded to the nearest whole person on its own, a half rounded up. Simple to
 * explain, but the persons allotted may not add up to the target; the result says by how much
 * ({@link Apportionment#differenceFromTarget()}).
 */
public record NearestPerson() implements ApportionmentMethod {

    @Override
    public String name() {
        return "nearest-person";
    }

    @Override
    public boolean meetsTotalExactly() {
        return false;
    }

    @Override
    public Apportionment apportion(Map<StateCode, BigDecimal> shares, long total) {
        Quotas quotas = Quotas.of(shares, total);
        long[] persons = new long[quotas.size()];
        for (int i = 0; i < persons.length; i++) {
            persons[i] = quotas.floors[i] + (quotas.remainderAtLeastHalf(i) ? 1 : 0);
        }
        return quotas.result(name(), persons);
    }
}
