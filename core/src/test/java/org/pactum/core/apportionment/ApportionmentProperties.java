package org.pactum.core.apportionment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.pactum.core.fairshare.StateCode;

/** Laws every apportionment must obey, for any shares and totals. */
class ApportionmentProperties {

    private static final List<ApportionmentMethod> EXACT = List.of(new Hamilton(), new DHondt(), new SainteLague(), new HuntingtonHill());
    private static final List<ApportionmentMethod> HOUSE_MONOTONE = List.of(new DHondt(), new SainteLague(), new HuntingtonHill());

    @Provide
    Arbitrary<Map<StateCode, BigDecimal>> shares() {
        Arbitrary<StateCode> codes = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3).map(StateCode::new);
        Arbitrary<BigDecimal> weights = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(3),
                Arbitraries.longs().between(1, 100_000_000).map(BigDecimal::valueOf));
        return Arbitraries.maps(codes, weights).ofMinSize(1).ofMaxSize(30)
                .filter(map -> map.values().stream().anyMatch(weight -> weight.signum() > 0));
    }

    @Provide
    Arbitrary<Long> totals() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 200), Arbitraries.longs().between(0, 1_000_000_000L));
    }

    @Property(tries = 300)
    void exactMethodsAllotTheWholeTotal(@ForAll("shares") Map<StateCode, BigDecimal> shares, @ForAll("totals") long total) {
        for (ApportionmentMethod method : EXACT) {
            Apportionment result = method.apportion(shares, total);
            assertThat(result.allotted()).as(method.name()).isEqualTo(total);
            assertThat(result.differenceFromTarget()).isZero();
        }
    }

    @Property(tries = 300)
    void hamiltonKeepsEveryStateWithinOneOfItsQuota(@ForAll("shares") Map<StateCode, BigDecimal> shares, @ForAll("totals") long total) {
        BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Apportionment result = new Hamilton().apportion(shares, total);
        for (Allotment allotment : result.allotments()) {
            BigDecimal exactQuota = shares.get(allotment.state()).multiply(BigDecimal.valueOf(total));
            long floor = exactQuota.divideToIntegralValue(sum).longValueExact();
            boolean whole = exactQuota.remainder(sum).signum() == 0;
            assertThat(allotment.persons()).isBetween(floor, whole ? floor : floor + 1);
        }
    }

    @Property(tries = 300)
    void nearestPersonRoundsEachQuotaAndReportsTheMiss(@ForAll("shares") Map<StateCode, BigDecimal> shares, @ForAll("totals") long total) {
        BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Apportionment result = new NearestPerson().apportion(shares, total);
        for (Allotment allotment : result.allotments()) {
            BigDecimal exactQuota = shares.get(allotment.state()).multiply(BigDecimal.valueOf(total));
            long rounded = exactQuota.divide(sum, 0, RoundingMode.HALF_UP).longValueExact();
            assertThat(allotment.persons()).isEqualTo(rounded);
        }
        assertThat(result.differenceFromTarget()).isEqualTo(result.allotted() - total);
    }

    @Property(tries = 200)
    void raisingTheTotalNeverLowersAnyonesNumberUnderDivisorMethods(@ForAll("shares") Map<StateCode, BigDecimal> shares,
                                                                   @ForAll @LongRange(max = 100_000) long total,
                                                                   @ForAll @LongRange(min = 1, max = 50) long more) {
        for (ApportionmentMethod method : HOUSE_MONOTONE) {
            Map<StateCode, Long> before = method.apportion(shares, total).persons();
            Map<StateCode, Long> after = method.apportion(shares, total + 1).persons();
            Map<StateCode, Long> later = method.apportion(shares, total + more).persons();
            before.forEach((state, persons) -> {
                assertThat(after.get(state)).as("%s %s", method.name(), state).isGreaterThanOrEqualTo(persons);
                assertThat(later.get(state)).as("%s %s", method.name(), state).isGreaterThanOrEqualTo(persons);
            });
        }
    }

    /**
     * Divisor methods agree with their definition: hand out persons one at a time, each to the highest
     * claim v_i / d(s_i), computed here with 80-digit decimals (squared for Huntington–Hill).
     */
    @Property(tries = 200)
    void divisorMethodsAgreeWithHandingOutOneByOne(@ForAll("shares") Map<StateCode, BigDecimal> shares,
                                                   @ForAll @LongRange(max = 150) long total) {
        assertThat(new DHondt().apportion(shares, total).persons()).isEqualTo(oneByOne(shares, total, "dhondt"));
        assertThat(new SainteLague().apportion(shares, total).persons()).isEqualTo(oneByOne(shares, total, "sainte-lague"));
        assertThat(new HuntingtonHill().apportion(shares, total).persons()).isEqualTo(oneByOne(shares, total, "huntington-hill"));
    }

    @Property(tries = 100)
    void easyFollowsTheArrivalRuleAndStaysBelowQuotaPlusOne(@ForAll("shares") Map<StateCode, BigDecimal> shares,
                                                            @ForAll @LongRange(max = 2_000) long total) {
        Map<StateCode, Long> assigned = new LinkedHashMap<>();
        shares.keySet().forEach(state -> assigned.put(state, 0L));
        long checkAt = Math.min(total, 40);
        for (long n = 1; n <= checkAt; n++) {
            assigned.merge(FurthestBelowQuota.nextArrivalGoesTo(shares, assigned), 1L, Long::sum);
        }
        assertThat(new FurthestBelowQuota().apportion(shares, checkAt).persons()).isEqualTo(sorted(assigned));

        Apportionment result = new FurthestBelowQuota().apportion(shares, total);
        assertThat(result.allotted()).isEqualTo(total);
        Apportionment more = new FurthestBelowQuota().apportion(shares, total + 1);
        for (Allotment allotment : result.allotments()) {
            assertThat(BigDecimal.valueOf(allotment.persons())).isLessThan(allotment.quota().add(BigDecimal.ONE));
            assertThat(more.of(allotment.state()).orElseThrow().persons()).isGreaterThanOrEqualTo(allotment.persons());
        }
    }

    @Property(tries = 200)
    void sameInputSameResultWhateverTheOrder(@ForAll("shares") Map<StateCode, BigDecimal> shares,
                                             @ForAll @LongRange(max = 5_000) long total, @ForAll long seed) {
        List<StateCode> order = new ArrayList<>(shares.keySet());
        Collections.shuffle(order, new Random(seed));
        Map<StateCode, BigDecimal> shuffled = new LinkedHashMap<>();
        order.forEach(state -> shuffled.put(state, shares.get(state)));
        for (ApportionmentMethod method : ApportionmentMethod.all()) {
            Apportionment first = method.apportion(shares, total);
            assertThat(method.apportion(shares, total)).as(method.name()).isEqualTo(first);
            assertThat(method.apportion(shuffled, total)).as(method.name()).isEqualTo(first);
        }
    }

    private static Map<StateCode, Long> sorted(Map<StateCode, Long> persons) {
        return new java.util.TreeMap<>(persons);
    }

    private static Map<StateCode, Long> oneByOne(Map<StateCode, BigDecimal> shares, long total, String method) {
        MathContext mc = new MathContext(80);
        List<StateCode> states = new ArrayList<>(new java.util.TreeSet<>(shares.keySet()));
        Map<StateCode, Long> persons = new java.util.TreeMap<>();
        states.forEach(state -> persons.put(state, 0L));
        for (long k = 0; k < total; k++) {
            StateCode best = null;
            BigDecimal bestPriority = null;
            for (StateCode state : states) {
                BigDecimal v = shares.get(state);
                if (v.signum() == 0) {
                    continue;
                }
                long s = persons.get(state);
                BigDecimal priority = switch (method) {
                    case "dhondt" -> v.divide(BigDecimal.valueOf(s + 1), mc);
                    case "sainte-lague" -> v.divide(BigDecimal.valueOf(2 * s + 1), mc);
                    default -> s == 0 ? null : v.multiply(v).divide(BigDecimal.valueOf(s * (s + 1)), mc);
                };
                // null stands for an infinite claim; ties to the larger share, then alphabetical (states are sorted)
                int byPriority = best == null ? 1 : compareClaims(priority, bestPriority);
                if (byPriority > 0 || byPriority == 0 && v.compareTo(shares.get(best)) > 0) {
                    best = state;
                    bestPriority = priority;
                }
            }
            persons.merge(best, 1L, Long::sum);
        }
        return persons;
    }

    private static int compareClaims(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return Boolean.compare(a == null, b == null);
        }
        return a.compareTo(b);
    }
}
