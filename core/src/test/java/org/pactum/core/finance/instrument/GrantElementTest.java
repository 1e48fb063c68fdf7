package org.pactum.core.finance.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.pactum.core.pool.Money;

/**
 * Grant elements worked out by hand with GE = 100 × (1 − Σ discounted debt service ÷ face value),
 * for a face value of 1. Fractions are kept exact in the comments and divided only at the end.
 */
class GrantElementTest {

    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-20");

    @Test
    void interestFreeLoanRepaidInTwoAnnualHalves() {
        // R = 0, D = 10 %, A = 1, first repayment after 1 year, maturity 2 years:
        // debt service 0.5 at t = 1 and 0.5 at t = 2
        // PV = 0.5/1.1 + 0.5/1.21 = (0.55 + 0.5)/1.21 = 1.05/1.21 = 105/121
        // GE = 100 × (1 − 105/121) = 100 × 16/121 = 1600/121 = 13.2231…
        LoanTerms terms = LoanTerms.equalPrincipal("0", 1, 2, 1);
        assertThat(GrantElement.percent(terms, TEN_PERCENT)).isCloseTo(ratio(1600, 121), within(TOLERANCE));
    }

    @Test
    void fivePercentLoanWithInterestDuringGrace() {
        // R = 5 %, D = 10 %, A = 1, first repayment after 2 years, maturity 3 years, NR = 2:
        //   t = 1: interest 0.05 × 1                  = 0.05
        //   t = 2: principal 0.5 + interest 0.05 × 1   = 0.55
        //   t = 3: principal 0.5 + interest 0.05 × 0.5 = 0.525
        // PV = 0.05/1.1 + 0.55/1.21 + 0.525/1.331 = (0.0605 + 0.605 + 0.525)/1.331 = 1.1905/1.331
        // GE = 100 × (1.331 − 1.1905)/1.331 = 14.05/1.331 = 14050/1331 = 10.5559…
        // (the DAC closed form agrees: (1 − 0.05/0.1) × (1 − (1/1.1 − 1/1.331)/(0.1 × 2)) = 0.105559…)
        LoanTerms terms = LoanTerms.equalPrincipal("0.05", 2, 3, 1);
        assertThat(GrantElement.percent(terms, TEN_PERCENT)).isCloseTo(ratio(14050, 1331), within(TOLERANCE));
    }

    @Test
    void semiAnnualRepaymentsDiscountAtThePeriodRate() {
        // D = 21 % a year is d = √1.21 − 1 = 10 % a half-year.
        // R = 0, A = 2, first repayment after 6 months, maturity 12 months: as in the first case, 1600/121
        LoanTerms interestFree = new LoanTerms(BigDecimal.ZERO, 6, 12, 2, LoanTerms.RepaymentProfile.EQUAL_PRINCIPAL);
        assertThat(GrantElement.percent(interestFree, new BigDecimal("0.21"))).isCloseTo(ratio(1600, 121), within(TOLERANCE));
        // R = 4 % (2 % a half-year), first repayment after 12 months (period 2), maturity 18 months (period 3), NR = 2:
        //   k = 1: interest 0.02                = 0.02
        //   k = 2: 0.5 + 0.02 × 1              = 0.52
        //   k = 3: 0.5 + 0.02 × 0.5            = 0.51
        // PV = (0.02 × 1.21 + 0.52 × 1.1 + 0.51)/1.331 = (0.0242 + 0.572 + 0.51)/1.331 = 1.1062/1.331
        // GE = 100 × 0.2248/1.331 = 2248/133.1 = 22480/1331 = 16.8895…
        LoanTerms withInterest = new LoanTerms(new BigDecimal("0.04"), 12, 18, 2, LoanTerms.RepaymentProfile.EQUAL_PRINCIPAL);
        assertThat(GrantElement.percent(withInterest, new BigDecimal("0.21"))).isCloseTo(ratio(22480, 1331), within(TOLERANCE));
    }

    @Test
    void aLoanAtTheDiscountRateIsNoGiftAndAnInterestFreeLoanGetsSofterWithMaturity() {
        assertThat(GrantElement.percent(LoanTerms.equalPrincipal("0.10", 5, 25, 1), TEN_PERCENT)).isCloseTo(BigDecimal.ZERO, within(TOLERANCE));
        assertThat(GrantElement.percent(LoanTerms.equalPrincipal("0.07", 1, 1, 1), new BigDecimal("0.07"))).isCloseTo(BigDecimal.ZERO, within(TOLERANCE));
        BigDecimal previous = BigDecimal.valueOf(-1);
        for (int maturity = 1; maturity <= 40; maturity++) {
            BigDecimal ge = GrantElement.percent(LoanTerms.equalPrincipal("0", 1, maturity, 1), TEN_PERCENT);
            assertThat(ge).as("maturity %d years", maturity).isGreaterThan(previous).isLessThan(BigDecimal.valueOf(100));
            previous = ge;
        }
        // a one-year interest-free loan at 10 %: 100 × (1 − 1/1.1) = 100/11 = 9.0909…
        assertThat(GrantElement.percent(LoanTerms.equalPrincipal("0", 1, 1, 1), TEN_PERCENT)).isCloseTo(ratio(100, 11), within(TOLERANCE));
    }

    @Test
    void theGrantEquivalentIsFaceValueTimesGrantElement() {
        ConcessionalLoan loan = new ConcessionalLoan(new InstrumentId("L-1"), FinancingParties.of("AGR-1", "DE", "TN"),
                Money.euros(1_000_000), LoanTerms.equalPrincipal("0.05", 2, 3, 1));
        // 100,000,000 cents × 14050/1331 % = 10,555,972.95… cents → EUR 105,559.73
        assertThat(loan.grantEquivalent(TEN_PERCENT)).isEqualTo(new Money(10_555_973, "EUR"));
        assertThat(loan.kind()).isEqualTo("concessional loan");
    }

    @Test
    void termsOutsideTheMethodAreRefusedNamingTheField() {
        assertThatThrownBy(() -> LoanTerms.equalPrincipal("-0.01", 1, 2, 1)).hasMessageStartingWith("interestRate");
        assertThatThrownBy(() -> LoanTerms.equalPrincipal("0.01", 1, 2, 3)).hasMessageStartingWith("repaymentsPerYear");
        assertThatThrownBy(() -> LoanTerms.equalPrincipal("0.01", 0, 2, 1)).hasMessageStartingWith("graceMonths");
        assertThatThrownBy(() -> LoanTerms.equalPrincipal("0.01", 5, 2, 1)).hasMessageStartingWith("maturityMonths");
        assertThatThrownBy(() -> new LoanTerms(BigDecimal.ZERO, 6, 13, 2, LoanTerms.RepaymentProfile.EQUAL_PRINCIPAL))
                .hasMessageStartingWith("maturityMonths");
        assertThatThrownBy(() -> GrantElement.percent(LoanTerms.equalPrincipal("0", 1, 2, 1), new BigDecimal("-0.1")))
                .hasMessageStartingWith("discountRate");
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128);
    }
}
