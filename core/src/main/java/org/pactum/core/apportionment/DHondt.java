package org.pactum.core.apportionment;

import java.math.BigDecimal;
import java.util.Map;
import org.pactum.core.fairshare.StateCode;

/**
 * D'Hondt (Jefferson) divisor method: divisors 1, 2, 3, … Each state's persons are its quota under
 * a common divisor, rounded down. Favours larger states slightly; never gives a state fewer than
 * the whole part of its quota, and raising the total never lowers anyone's number. Equal claims:
 * larger share first, then alphabetical.
 */
public record DHondt() implements ApportionmentMethod {

    @Override
    public String name() {
        return "dhondt";
    }

    @Override
    public boolean meetsTotalExactly() {
        return true;
    }

    @Override
    public Apportionment apportion(Map<StateCode, BigDecimal> shares, long total) {
        Quotas quotas = Quotas.of(shares, total);
        return quotas.result(name(), Divisors.apportion(quotas, DivisorRule.NEXT_WHOLE));
    }
}
