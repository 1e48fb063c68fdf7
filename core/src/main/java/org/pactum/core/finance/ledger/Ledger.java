package org.pactum.core.finance.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pactum.core.finance.instrument.Instrument;
import org.pactum.core.finance.instrument.InstrumentId;
import org.pactum.core.finance.ledger.LedgerViolation.Rule;
import org.pactum.core.pool.Money;

/**
 * The ledger of the instruments of one or more agreements: an append-only list of entries, checked
 * on the way in. A ledger is a value: {@link #record} returns a new ledger, and a refused entry
 * (a {@link LedgerViolation}) leaves the old one as it was, so {@link #recordAll} is all-or-nothing.
 *
 * <p>Rules, per instrument (each refusal names the field and the {@link Rule}):
 * <ol>
 *   <li>entries belong to an opened instrument, in its currency, with a unique id and a positive amount;</li>
 *   <li>an expenditure names its final use;</li>
 *   <li>committed (net of reversals) never exceeds the instrument's amount;</li>
 *   <li>an entry that raises disbursements or lowers commitments must leave disbursed ≤ committed, unless it is
 *       a disbursement or reimbursement that records an override reason;</li>
 *   <li>a reversal names an earlier transaction of the same instrument, gives a reason, and all reversals of a
 *       transaction together never exceed it.</li>
 * </ol>
 * Spending is not capped by disbursements: an implementer may report expenditure that a later
 * reimbursement covers.
 */
public final class Ledger {

    private final Map<InstrumentId, Instrument> instruments;
    private final List<LedgerEntry> entries;

    private Ledger(Map<InstrumentId, Instrument> instruments, List<LedgerEntry> entries) {
        this.instruments = instruments;
        this.entries = entries;
    }

    public static Ledger of(Collection<? extends Instrument> instruments) {
        Ledger ledger = new Ledger(Map.of(), List.of());
        for (Instrument instrument : instruments) {
            ledger = ledger.open(instrument);
        }
        return ledger;
    }

    /** A ledger that also accepts entries of {@code instrument}. */
    public Ledger open(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        if (instruments.containsKey(instrument.id())) {
            throw new IllegalArgumentException("instrument: " + instrument.id() + " is already open in this ledger");
        }
        Map<InstrumentId, Instrument> more = new LinkedHashMap<>(instruments);
        more.put(instrument.id(), instrument);
        return new Ledger(Map.copyOf(more), entries);
    }

    public Ledger record(LedgerEntry entry) {
        LedgerRules.check(this, instruments, Objects.requireNonNull(entry, "entry"));
        List<LedgerEntry> more = new ArrayList<>(entries.size() + 1);
        more.addAll(entries);
        more.add(entry);
        return new Ledger(instruments, List.copyOf(more));
    }

    /** All entries in order, or none: the first violation is thrown and nothing is recorded. */
    public Ledger recordAll(List<? extends LedgerEntry> batch) {
        Ledger ledger = this;
        for (LedgerEntry entry : batch) {
            ledger = ledger.record(entry);
        }
        return ledger;
    }

    public List<LedgerEntry> entries() {
        return entries;
    }

    public Optional<Instrument> instrument(InstrumentId id) {
        return Optional.ofNullable(instruments.get(id));
    }

    public Optional<Transaction> transaction(String id) {
        return entries.stream().filter(e -> e instanceof Transaction && e.id().equals(id)).map(Transaction.class::cast).findFirst();
    }

    /** The transaction type an entry counts against: its own, or for a reversal the reversed transaction's. */
    public TransactionType typeOf(LedgerEntry entry) {
        return original(entry).type();
    }

    /** The final use an entry counts against: its own, or for a reversal the reversed transaction's. */
    public Optional<FinalUse> finalUseOf(LedgerEntry entry) {
        return original(entry).finalUse();
    }

    /** Pledged, committed, disbursed and spent for one instrument, net of reversals. */
    public Flow flow(InstrumentId instrument) {
        Flow flow = Flow.zero(known(instrument).currency());
        for (LedgerEntry entry : entries) {
            if (entry.instrument().equals(instrument)) {
                flow = apply(flow, entry);
            }
        }
        return flow;
    }

    /** The flow of one instrument split by final use; entries without an earmark count only in {@link #flow}. */
    public Map<FinalUse, Flow> flowsByFinalUse(InstrumentId instrument) {
        String currency = known(instrument).currency();
        Map<FinalUse, Flow> flows = new EnumMap<>(FinalUse.class);
        for (FinalUse use : FinalUse.values()) {
            flows.put(use, Flow.zero(currency));
        }
        for (LedgerEntry entry : entries) {
            if (entry.instrument().equals(instrument)) {
                finalUseOf(entry).ifPresent(use -> flows.put(use, apply(flows.get(use), entry)));
            }
        }
        return flows;
    }

    /** The flow of every opened instrument, ordered by instrument id. */
    public Map<InstrumentId, Flow> flows() {
        Map<InstrumentId, Flow> flows = new LinkedHashMap<>();
        instruments.keySet().stream().sorted((a, b) -> a.value().compareTo(b.value())).forEach(id -> flows.put(id, flow(id)));
        return flows;
    }

    /** How much of a transaction has been reversed so far. */
    public Money reversedSoFar(Transaction transaction) {
        long total = 0;
        for (LedgerEntry entry : entries) {
            if (entry instanceof Reversal reversal && reversal.reverses().equals(transaction.id())) {
                total = Math.addExact(total, reversal.amount().minorUnits());
            }
        }
        return new Money(total, transaction.amount().currency());
    }

    private Flow apply(Flow flow, LedgerEntry entry) {
        return entry instanceof Reversal ? flow.subtract(typeOf(entry), entry.amount()) : flow.add(typeOf(entry), entry.amount());
    }

    private Transaction original(LedgerEntry entry) {
        if (entry instanceof Transaction transaction) {
            return transaction;
        }
        String reversed = ((Reversal) entry).reverses();
        return transaction(reversed).orElseThrow(() -> new IllegalStateException("reversal of unknown entry " + reversed));
    }

    private Instrument known(InstrumentId id) {
        Instrument instrument = instruments.get(Objects.requireNonNull(id, "instrument"));
        if (instrument == null) {
            throw new IllegalArgumentException("instrument: " + id + " is not open in this ledger");
        }
        return instrument;
    }
}
