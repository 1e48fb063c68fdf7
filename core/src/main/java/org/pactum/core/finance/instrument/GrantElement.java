package org.pactum.core.finance.instrument;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The grant element of a loan by the OECD DAC method: the share of the face value that the
 * borrower never pays back in present-value terms,
 * <pre>
 *   GE = 100 × (1 − Σₖ (Pₖ + Iₖ) / (1 + d)ᵏ ÷ F)
 * </pre>
 * where F is the face value, Pₖ and Iₖ the principal and interest paid in period k (k = 1 … A·M,
 * A repayments a year, M the maturity in years), and d the discount rate per period,
 * {@code d = (1 + D)^(1/A) − 1} for the annual discount rate D. The loan is disbursed at once at
 * time 0. Interest at the nominal rate R/A per period is paid every period on the outstanding
 * principal; under {@link LoanTerms.RepaymentProfile#EQUAL_PRINCIPAL} the principal is repaid in
 * NR = A·(M − G) + 1 equal instalments, the first at the end of the grace period G (the DAC's
 * definition: the interval to the first repayment) and the last at maturity. For a single interest
 * rate this equals the DAC's closed form
 * <pre>
 *   GE = 100 × (1 − (R/A)/d) × (1 − [1/(1+d)^(A·T) − 1/(1+d)^(A·M)] / (d·A·(M − T))),   T = G − 1/A
 * </pre>
 * which the tests check. A loan at an interest rate equal to the (annual, A = 1) discount rate has a
 * grant element of 0 %; an interest-free loan's grant element rises with maturity.
 *
 * <p>Computed in decimal arithmetic with 34 significant digits (the root for A &gt; 1 by Newton's
 * method); the result is given to 24 decimal places, half-even.
 */
public final class GrantElement {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GrantElement() {
    }

    /** The grant element in percent (25 means 25 %) for an annual discount rate such as {@code 0.10}. */
    public static BigDecimal percent(LoanTerms terms, BigDecimal discountRate) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(discountRate, "discountRate");
        if (discountRate.signum() < 0) {
            throw new IllegalArgumentException("discountRate: must not be negative, got " + discountRate.toPlainString());
        }
        int a = terms.repaymentsPerYear();
        int periods = terms.periods();
        int first = terms.firstRepaymentPeriod();
        int instalments = periods - first + 1;
        BigDecimal growth = root(BigDecimal.ONE.add(discountRate), a);
        BigDecimal v = BigDecimal.ONE.divide(growth, MC);
        BigDecimal interestPerPeriod = terms.interestRate().divide(BigDecimal.valueOf(a), MC);
        BigDecimal instalment = BigDecimal.ONE.divide(BigDecimal.valueOf(instalments), MC);

        BigDecimal outstanding = BigDecimal.ONE;
        BigDecimal factor = BigDecimal.ONE;
        BigDecimal presentValue = BigDecimal.ZERO;
        for (int k = 1; k <= periods; k++) {
            factor = factor.multiply(v, MC);
            BigDecimal payment = interestPerPeriod.multiply(outstanding, MC);
            if (k >= first) {
                BigDecimal principal = k == periods ? outstanding : instalment;
                payment = payment.add(principal, MC);
                outstanding = outstanding.subtract(principal, MC);
            }
            presentValue = presentValue.add(payment.multiply(factor, MC), MC);
        }
        return HUNDRED.multiply(BigDecimal.ONE.subtract(presentValue, MC), MC).setScale(24, RoundingMode.HALF_EVEN);
    }

    /** The n-th root of a positive decimal by Newton's method, to 34 digits. */
    static BigDecimal root(BigDecimal value, int n) {
        if (n == 1) {
            return value;
        }
        BigDecimal degree = BigDecimal.valueOf(n);
        BigDecimal x = BigDecimal.ONE.add(value.subtract(BigDecimal.ONE).divide(degree, MC), MC);
        for (int i = 0; i < 200; i++) {
            BigDecimal next = x.multiply(BigDecimal.valueOf(n - 1L), MC)
                    .add(value.divide(x.pow(n - 1, MC), MC), MC)
                    .divide(degree, MC);
            if (next.compareTo(x) == 0) {
                return next;
            }
            x = next;
        }
        return x;
    }
}
