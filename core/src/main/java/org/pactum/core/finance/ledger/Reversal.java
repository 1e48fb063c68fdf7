package org.pactum.core.finance.ledger;

import java.time.LocalDate;
import java.util.Objects;
import org.pactum.core.finance.instrument.InstrumentId;
import org.pactum.core.pool.Money;

/**
 * The reversal of all or part of an earlier transaction, recorded as its own entry with the reason,
 * so that a correction never rewrites history. It counts against the reversed transaction's type and
 * final use; IATI exports it as a negative value of that type.
 */
public record Reversal(String id, InstrumentId instrument, String reverses, Money amount, LocalDate date, String reason)
        implements LedgerEntry {

    public Reversal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(reverses, "reverses");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
    }
}
