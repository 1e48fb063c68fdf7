package org.pactum.core.finance.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The period-by-period computation agrees with the DAC's closed form for equal principal repayments. */
class GrantElementProperties {

    private static final MathContext MC = MathContext.DECIMAL128;

    @Provide
    Arbitrary<BigDecimal> interestRates() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.12")).ofScale(4);
    }

    @Provide
    Arbitrary<BigDecimal> discountRates() {
        return Arbitraries.of(new BigDecimal("0.05"), new BigDecimal("0.06"), new BigDecimal("0.07"),
                new BigDecimal("0.09"), new BigDecimal("0.10"), new BigDecimal("0.035"));
    }

    @Property(tries = 200)
    void scheduleAndClosedFormAgree(@ForAll("interestRates") BigDecimal r, @ForAll("discountRates") BigDecimal discount,
            @ForAll @IntRange(min = 1, max = 10) int graceYears, @ForAll @IntRange(min = 0, max = 30) int extraYears,
            @ForAll @IntRange(min = 1, max = 2) int a) {
        int maturityYears = graceYears + extraYears;
        LoanTerms terms = new LoanTerms(r, graceYears * 12, maturityYears * 12, a, LoanTerms.RepaymentProfile.EQUAL_PRINCIPAL);

        // DAC closed form: GE = 100 (1 − (R/A)/d) (1 − [v^(A·T) − v^(A·M)] / (d (A·M − A·T))), T = G − 1/A, v = 1/(1+d)
        BigDecimal growth = a == 1 ? BigDecimal.ONE.add(discount) : BigDecimal.ONE.add(discount).sqrt(MC);
        BigDecimal d = growth.subtract(BigDecimal.ONE);
        BigDecimal v = BigDecimal.ONE.divide(growth, MC);
        int aT = a * graceYears - 1;
        int aM = a * maturityYears;
        BigDecimal first = BigDecimal.ONE.subtract(r.divide(BigDecimal.valueOf(a), MC).divide(d, MC));
        BigDecimal annuity = v.pow(aT, MC).subtract(v.pow(aM, MC)).divide(d.multiply(BigDecimal.valueOf(aM - aT)), MC);
        BigDecimal expected = BigDecimal.valueOf(100).multiply(first.multiply(BigDecimal.ONE.subtract(annuity), MC));

        assertThat(GrantElement.percent(terms, discount)).isCloseTo(expected, within(new BigDecimal("1e-20")));
    }
}
