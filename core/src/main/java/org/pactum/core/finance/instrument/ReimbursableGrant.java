package org.pactum.core.finance.instrument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.pactum.core.pool.Money;

/**
 * A grant the recipient pays back, in the share agreed, if a stated condition comes true (for
 * example if a return and reintegration scheme generates fee income, or if the recipient later
 * obtains EU funds for the same costs); otherwise it stays a grant. {@link #reimbursableAmount()}
 * is what falls due on {@code reimbursementDue} when the condition is met, rounded half-even to the
 * minor unit.
 */
public record ReimbursableGrant(InstrumentId id, FinancingParties parties, Money amount, BigDecimal reimbursableShare,
                                String reimbursementCondition, LocalDate reimbursementDue) implements Instrument {

    public ReimbursableGrant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parties, "parties");
        Instruments.requirePositive(amount, "amount");
        Instruments.requireShare(reimbursableShare, "reimbursableShare");
        FinancingParties.required(reimbursementCondition, "reimbursementCondition");
        Objects.requireNonNull(reimbursementDue, "reimbursementDue");
    }

    public Money reimbursableAmount() {
        return Instruments.share(amount, reimbursableShare);
    }

    @Override
    public String kind() {
        return "reimbursable grant";
    }
}
