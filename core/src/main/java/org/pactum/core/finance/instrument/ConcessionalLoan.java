package org.pactum.core.finance.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.pactum.core.pool.Money;

/**
 * A loan on softer terms than the market's: a lower interest rate, a grace period, a long
 * maturity. How soft it is, is measured by its {@linkplain GrantElement grant element} at a
 * discount rate the user chooses (the DAC uses 10 % historically; since 2018 5 % to 9 % by the
 * recipient's income group).
 */
public record ConcessionalLoan(InstrumentId id, FinancingParties parties, Money amount, LoanTerms terms) implements Instrument {

    public ConcessionalLoan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(terms, "terms");
        Instruments.requirePositive(amount, "amount");
    }

    /** The grant element in percent, see {@link GrantElement#percent(LoanTerms, BigDecimal)}. */
    public BigDecimal grantElement(BigDecimal discountRate) {
        return GrantElement.percent(terms, discountRate);
    }

    /** The grant equivalent: face value × grant element ÷ 100, rounded half-even to the minor unit. */
    public Money grantEquivalent(BigDecimal discountRate) {
        BigDecimal minor = BigDecimal.valueOf(amount.minorUnits()).multiply(grantElement(discountRate)).movePointLeft(2);
        return new Money(minor.setScale(0, RoundingMode.HALF_EVEN).longValueExact(), amount.currency());
    }

    @Override
    public String kind() {
        return "concessional loan";
    }
}
