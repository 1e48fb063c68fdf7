package org.pactum.core.finance.instrument;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * The terms of a concessional loan as the OECD DAC records them: the nominal annual interest rate
 * (0.0075 for 0.75 %), the grace period (the interval from disbursement to the first repayment of
 * principal, in months), the maturity (the interval from disbursement to the last repayment, in
 * months), the number of repayments a year (1, 2, 4 or 12), and the repayment profile. Interest is
 * paid every period on the outstanding principal, also during the grace period.
 */
public record LoanTerms(BigDecimal interestRate, int graceMonths, int maturityMonths, int repaymentsPerYear,
                        RepaymentProfile profile) {

    private static final Set<Integer> FREQUENCIES = Set.of(1, 2, 4, 12);

    /** How principal is repaid. Only equal principal instalments for now; annuities and bullets would join here. */
    public enum RepaymentProfile {
        /** Equal principal repayments from the end of the grace period to maturity, interest on the declining balance. */
        EQUAL_PRINCIPAL
    }

    public LoanTerms {
        Objects.requireNonNull(interestRate, "interestRate");
        Objects.requireNonNull(profile, "profile");
        if (interestRate.signum() < 0 || interestRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("interestRate: must be at least 0 and below 1 (a fraction a year), got " + interestRate.toPlainString());
        }
        if (!FREQUENCIES.contains(repaymentsPerYear)) {
            throw new IllegalArgumentException("repaymentsPerYear: must be 1, 2, 4 or 12, got " + repaymentsPerYear);
        }
        int period = 12 / repaymentsPerYear;
        if (graceMonths < period || graceMonths % period != 0) {
            throw new IllegalArgumentException("graceMonths: the first repayment falls on a repayment date at least one period ("
                    + period + " months) after disbursement, got " + graceMonths);
        }
        if (maturityMonths < graceMonths || maturityMonths % period != 0) {
            throw new IllegalArgumentException("maturityMonths: must be a whole number of " + period
                    + "-month periods, no shorter than the grace period, got " + maturityMonths);
        }
    }

    /** Equal principal instalments, with grace and maturity in whole years. */
    public static LoanTerms equalPrincipal(String interestRate, int graceYears, int maturityYears, int repaymentsPerYear) {
        return new LoanTerms(new BigDecimal(interestRate), graceYears * 12, maturityYears * 12, repaymentsPerYear,
                RepaymentProfile.EQUAL_PRINCIPAL);
    }

    /** The number of repayment periods from disbursement to maturity. */
    public int periods() {
        return maturityMonths / (12 / repaymentsPerYear);
    }

    /** The period (counted from 1) in which the first principal repayment falls. */
    public int firstRepaymentPeriod() {
        return graceMonths / (12 / repaymentsPerYear);
    }
}
