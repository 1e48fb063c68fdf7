package org.pactum.core.apportionment;

import java.math.BigDecimal;
import java.util.Map;
import org.pactum.core.fairshare.StateCode;

/**
 * Sainte-Laguë (Webster) divisor method: divisors 1, 3, 5, … (s + ½). Quotas under a common
 * divisor rounded to nearest; the most even-handed between large and small states, and raising the
 * total never lowers anyone's number. Equal claims: larger share first, then alphabetical.
 */
public record SainteLague() implements ApportionmentMethod {

    @Override
    public String name() {
        return "sainte-lague";
    }

    @Override
    public boolean meetsTotalExactly() {
        return true;
    }

    @Override
    public Apportionment apportion(Map<StateCode, BigDecimal> shares, long total) {
        Quotas quotas = Quotas.of(shares, total);
        return quotas.result(name(), Divisors.apportion(quotas, DivisorRule.HALF_WAY));
    }
}
