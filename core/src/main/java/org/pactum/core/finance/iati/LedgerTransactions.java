package org.pactum.core.finance.iati;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pactum.core.finance.instrument.InstrumentId;
import org.pactum.core.finance.ledger.Ledger;
import org.pactum.core.finance.ledger.LedgerEntry;
import org.pactum.core.finance.ledger.Reversal;
import org.pactum.core.finance.ledger.Transaction;
import org.pactum.core.pool.Money;

/**
 * The entries of one instrument in the ledger as IATI transactions: each transaction as itself (its
 * final use, if any, in the description), each reversal as a negative value of the reversed
 * transaction's type, referring to it. Value dates are the transaction dates.
 */
public final class LedgerTransactions {

    private LedgerTransactions() {
    }

    public static List<IatiTransaction> of(Ledger ledger, InstrumentId instrument, Organisation provider, Organisation receiver) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(receiver, "receiver");
        List<IatiTransaction> transactions = new ArrayList<>();
        for (LedgerEntry entry : ledger.entries()) {
            if (!entry.instrument().equals(instrument)) {
                continue;
            }
            Optional<String> description;
            Money value = entry.amount();
            if (entry instanceof Reversal reversal) {
                value = new Money(Math.negateExact(value.minorUnits()), value.currency());
                description = Optional.of("Reversal of " + reversal.reverses() + ": " + reversal.reason());
            } else {
                Transaction transaction = (Transaction) entry;
                String text = transaction.description();
                String use = transaction.finalUse().map(u -> "final use: " + u.label()).orElse("");
                String joined = text.isBlank() ? use : use.isBlank() ? text : text + " (" + use + ")";
                description = joined.isBlank() ? Optional.empty() : Optional.of(joined);
            }
            transactions.add(new IatiTransaction(Optional.of(entry.id()), ledger.typeOf(entry), entry.date(), value, entry.date(),
                    description, Optional.of(provider), Optional.of(receiver)));
        }
        return transactions;
    }
}
