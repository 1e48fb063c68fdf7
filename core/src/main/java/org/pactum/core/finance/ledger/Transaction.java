package org.pactum.core.finance.ledger;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.pactum.core.finance.instrument.InstrumentId;
import org.pactum.core.pool.Money;

/**
 * A financial transaction of an instrument, of an IATI transaction type. The final use is required
 * for expenditure and optional (an earmark) for pledges, commitments and disbursements. An override
 * reason, allowed only on a disbursement or reimbursement, records why it may exceed what was
 * committed. Shape checks that need no ledger are made by the ledger too, so that every refusal is a
 * {@link LedgerViolation} naming the field.
 */
public record Transaction(String id, InstrumentId instrument, TransactionType type, Money amount, LocalDate date,
                          Optional<FinalUse> finalUse, Optional<String> overrideReason, String description) implements LedgerEntry {

    public Transaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(finalUse, "finalUse");
        Objects.requireNonNull(overrideReason, "overrideReason");
        Objects.requireNonNull(description, "description");
    }

    public static Transaction of(String id, InstrumentId instrument, TransactionType type, Money amount, LocalDate date) {
        return new Transaction(id, instrument, type, amount, date, Optional.empty(), Optional.empty(), "");
    }

    public static Transaction expenditure(String id, InstrumentId instrument, Money amount, LocalDate date, FinalUse use) {
        return new Transaction(id, instrument, TransactionType.EXPENDITURE, amount, date, Optional.of(use), Optional.empty(), "");
    }

    public Transaction earmarkedFor(FinalUse use) {
        return new Transaction(id, instrument, type, amount, date, Optional.of(use), overrideReason, description);
    }

    public Transaction overriding(String reason) {
        return new Transaction(id, instrument, type, amount, date, finalUse, Optional.of(reason), description);
    }

    public Transaction describedAs(String text) {
        return new Transaction(id, instrument, type, amount, date, finalUse, overrideReason, text);
    }
}
