package org.pactum.core.finance.iati;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.pactum.core.finance.ledger.TransactionType;
import org.pactum.core.pool.Money;

/**
 * A transaction as published: a negative value is a reversal of an earlier transaction of the
 * same type (IATI's way of reporting corrections).
 */
public record IatiTransaction(Optional<String> ref, TransactionType type, LocalDate date, Money value, LocalDate valueDate,
                              Optional<String> description, Optional<Organisation> provider, Optional<Organisation> receiver) {

    public IatiTransaction {
        Objects.requireNonNull(ref, "transaction.ref");
        Objects.requireNonNull(type, "transaction.type");
        Objects.requireNonNull(date, "transaction.date");
        Objects.requireNonNull(value, "transaction.value");
        Objects.requireNonNull(valueDate, "transaction.valueDate");
        Objects.requireNonNull(description, "transaction.description");
        Objects.requireNonNull(provider, "transaction.provider");
        Objects.requireNonNull(receiver, "transaction.receiver");
    }
}
