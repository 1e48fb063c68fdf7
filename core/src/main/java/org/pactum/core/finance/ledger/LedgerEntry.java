package org.pactum.core.finance.ledger;

import java.time.LocalDate;
import org.pactum.core.finance.instrument.InstrumentId;
import org.pactum.core.pool.Money;

/** An entry of the ledger: a transaction, or the reversal of (part of) one. Amounts are always positive. */
public sealed interface LedgerEntry permits Transaction, Reversal {

    String id();

    InstrumentId instrument();

    Money amount();

    LocalDate date();
}
