package org.pactum.core.finance.iati;

import java.time.LocalDate;
import java.util.Objects;
import org.pactum.core.pool.Money;

/**
 * A budget for a period of at most a year (IATI's rule), original or revised, indicative or
 * committed (the IATI BudgetType and BudgetStatus codelists).
 */
public record Budget(Kind kind, Status status, LocalDate periodStart, LocalDate periodEnd, Money value, LocalDate valueDate) {

    public enum Kind { ORIGINAL, REVISED }

    public enum Status { INDICATIVE, COMMITTED }

    public Budget {
        Objects.requireNonNull(kind, "budget.kind");
        Objects.requireNonNull(status, "budget.status");
        Objects.requireNonNull(periodStart, "budget.periodStart");
        Objects.requireNonNull(periodEnd, "budget.periodEnd");
        Objects.requireNonNull(value, "budget.value");
        Objects.requireNonNull(valueDate, "budget.valueDate");
        if (periodEnd.isBefore(periodStart) || periodEnd.isAfter(periodStart.plusYears(1))) {
            throw new IllegalArgumentException("budget.periodEnd: a budget period runs forward for at most a year, got "
                    + periodStart + " to " + periodEnd);
        }
    }

    public int kindCode() {
        return kind == Kind.ORIGINAL ? 1 : 2;
    }

    public int statusCode() {
        return status == Status.INDICATIVE ? 1 : 2;
    }
}
