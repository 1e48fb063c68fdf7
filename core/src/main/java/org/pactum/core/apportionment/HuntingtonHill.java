package org.pactum.core.apportionment;

import java.math.BigDecimal;
import java.util.Map;
import org.pactum.core.fairshare.StateCode;

/**
 * Huntington–Hill (equal proportions) divisor method: divisors √(s(s+1)). Quotas under a common
 * divisor rounded at the geometric mean of the two whole numbers around them, so every state with
 * a share gets at least one person once the total allows it; used for the seats of the US House of
 * Representatives. Equal claims: larger share first, then alphabetical.
 */
public record HuntingtonHill() implements ApportionmentMethod {

    @Override
    public String name() {
        return "huntington-hill";
    }

    @Override
    public boolean meetsTotalExactly() {
        return true;
    }

    @Override
    public Apportionment apportion(Map<StateCode, BigDecimal> shares, long total) {
        Quotas quotas = Quotas.of(shares, total);
        return quotas.result(name(), Divisors.apportion(quotas, DivisorRule.GEOMETRIC_MEAN));
    }
}
