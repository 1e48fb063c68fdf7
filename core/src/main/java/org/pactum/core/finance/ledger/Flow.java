package org.pactum.core.finance.ledger;

import java.time.LocalDate;
import java.util.Objects;
import org.pactum.core.finance.money.ExchangeRates;
import org.pactum.core.pool.Money;

/**
 * The chain from pledge to expenditure, net of reversals: pledged (IATI 12), committed (2),
 * disbursed (3 and 7) and spent (4).
 */
public record Flow(Money pledged, Money committed, Money disbursed, Money spent) {

    public Flow {
        Objects.requireNonNull(pledged, "pledged");
        Objects.requireNonNull(committed, "committed");
        Objects.requireNonNull(disbursed, "disbursed");
        Objects.requireNonNull(spent, "spent");
    }

    public static Flow zero(String currency) {
        Money zero = Money.zero(currency);
        return new Flow(zero, zero, zero, zero);
    }

    /** Committed but not yet disbursed (negative if an override let disbursements run ahead). */
    public Money undisbursed() {
        return committed.minus(disbursed);
    }

    /** Disbursed but not yet reported as spent. */
    public Money unspent() {
        return disbursed.minus(spent);
    }

    /**
     * The flow in a reporting currency on a date, each figure converted with the rate table's rule
     * (half-even to the minor unit). Differences such as {@link #undisbursed()} are taken after
     * conversion, so they may differ by a minor unit from a converted difference.
     */
    public Flow in(String currency, ExchangeRates rates, LocalDate on) {
        return new Flow(rates.convert(pledged, currency, on), rates.convert(committed, currency, on),
                rates.convert(disbursed, currency, on), rates.convert(spent, currency, on));
    }

    Flow subtract(TransactionType type, Money amount) {
        return add(type, new Money(Math.negateExact(amount.minorUnits()), amount.currency()));
    }

    Flow add(TransactionType type, Money amount) {
        return switch (type) {
            case OUTGOING_PLEDGE -> new Flow(pledged.plus(amount), committed, disbursed, spent);
            case OUTGOING_COMMITMENT -> new Flow(pledged, committed.plus(amount), disbursed, spent);
            case DISBURSEMENT, REIMBURSEMENT -> new Flow(pledged, committed, disbursed.plus(amount), spent);
            case EXPENDITURE -> new Flow(pledged, committed, disbursed, spent.plus(amount));
            default -> this;
        };
    }
}
