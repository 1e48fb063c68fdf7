package org.pactum.core.apportionment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pactum.core.fairshare.FairShares;
import org.pactum.core.fairshare.StateCode;

/**
 * How a fair share, a fraction, becomes a whole number of persons. Quotas are rarely whole, and the
 * methods differ in who gets the odd persons: the largest remainders (Hamilton), a common divisor
 * rounded down, to nearest or at the geometric mean (D'Hondt, Sainte-Laguë, Huntington–Hill), each
 * state rounded on its own (which may miss the total), or arrivals assigned one at a time to
 * whoever is furthest below quota (Germany's EASY system).
 *
 * <p>Shares need not add up to one; they are taken relative to their sum. The total is between 0
 * and 1,000,000,000 persons, else {@link IllegalArgumentException}. Results do not depend on the
 * order of the input. Wherever two states have an equal claim, the one with the larger share wins,
 * then the one whose code comes first in the alphabet.
 *
 * <pre>{@code
 * Apportionment persons = new Hamilton().apportion(shares, 21_000);
 * }</pre>
 */
public sealed interface ApportionmentMethod
        permits Hamilton, DHondt, SainteLague, HuntingtonHill, NearestPerson, FurthestBelowQuota {

    /** A stable name: {@code hamilton}, {@code dhondt}, {@code sainte-lague}, {@code huntington-hill}, {@code nearest-person}, {@code easy}. */
    String name();

    /** Whether the persons allotted always add up to the total. */
    boolean meetsTotalExactly();

    Apportionment apportion(Map<StateCode, BigDecimal> shares, long total);

    default Apportionment apportion(FairShares shares, long total) {
        return apportion(shares.asMap(), total);
    }

    static List<ApportionmentMethod> all() {
        return List.of(new Hamilton(), new DHondt(), new SainteLague(), new HuntingtonHill(), new NearestPerson(),
                new FurthestBelowQuota());
    }

    static Optional<ApportionmentMethod> byName(String name) {
        return all().stream().filter(method -> method.name().equals(name)).findFirst();
    }
}
