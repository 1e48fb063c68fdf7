package org.pactum.core.finance.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pactum.core.finance.instrument.Instrument;
import org.pactum.core.finance.instrument.InstrumentId;
import org.pactum.core.finance.ledger.LedgerViolation.Rule;
import org.pactum.core.pool.Money;

/** The checks an entry passes before the {@link Ledger} records it; the rules are listed on {@link Ledger}. */
final class LedgerRules {

    private LedgerRules() {
    }

    static void check(Ledger ledger, Map<InstrumentId, Instrument> instruments, LedgerEntry entry) {
        String id = entry.id();
        if (id.isBlank()) {
            throw new LedgerViolation("(blank)", "id", Rule.DUPLICATE_ID, "an entry needs an id");
        }
        Instrument instrument = instruments.get(entry.instrument());
        if (instrument == null) {
            throw new LedgerViolation(id, "instrument", Rule.UNKNOWN_INSTRUMENT, entry.instrument() + " is not open in this ledger");
        }
        if (ledger.entries().stream().anyMatch(e -> e.id().equals(id))) {
            throw new LedgerViolation(id, "id", Rule.DUPLICATE_ID, "an entry " + id + " is already recorded");
        }
        if (entry.amount().signum() <= 0) {
            throw new LedgerViolation(id, "amount", Rule.NON_POSITIVE_AMOUNT,
                    "must be positive, got " + entry.amount() + "; record a correction as a reversal of the original transaction");
        }
        if (!entry.amount().currency().equals(instrument.currency())) {
            throw new LedgerViolation(id, "amount.currency", Rule.CURRENCY_MISMATCH,
                    instrument.id() + " is in " + instrument.currency() + ", got " + entry.amount().currency());
        }
        Flow before = ledger.flow(instrument.id());
        Flow after;
        boolean overridden = false;
        boolean worsens;
        if (entry instanceof Transaction transaction) {
            checkShape(transaction);
            overridden = transaction.overrideReason().isPresent();
            worsens = transaction.type().disburses();
            after = before.add(transaction.type(), transaction.amount());
        } else {
            Reversal reversal = (Reversal) entry;
            Transaction reversed = checkReversal(ledger, reversal);
            worsens = reversed.type() == TransactionType.OUTGOING_COMMITMENT;
            after = before.subtract(reversed.type(), reversal.amount());
        }
        if (after.committed().minorUnits() > instrument.amount().minorUnits()) {
            throw new LedgerViolation(id, "amount", Rule.COMMITMENT_EXCEEDS_INSTRUMENT, "commitments to " + instrument.id()
                    + " would reach " + after.committed() + ", above the instrument's " + instrument.amount());
        }
        if (worsens && !overridden && after.disbursed().minorUnits() > after.committed().minorUnits()) {
            throw new LedgerViolation(id, "amount", Rule.DISBURSEMENT_EXCEEDS_COMMITMENT, "disbursements of " + instrument.id()
                    + " would reach " + after.disbursed() + ", above the " + after.committed()
                    + " committed; record an override reason on the disbursement to allow it");
        }
    }

    private static void checkShape(Transaction transaction) {
        if (transaction.type() == TransactionType.EXPENDITURE && transaction.finalUse().isEmpty()) {
            throw new LedgerViolation(transaction.id(), "finalUse", Rule.FINAL_USE_REQUIRED,
                    "an expenditure names its final use (" + finalUses() + ")");
        }
        if (transaction.overrideReason().isPresent()) {
            if (!transaction.type().disburses()) {
                throw new LedgerViolation(transaction.id(), "overrideReason", Rule.OVERRIDE_NOT_ALLOWED,
                        "only a disbursement or reimbursement can override the commitment ceiling, not a " + transaction.type().iatiName());
            }
            if (transaction.overrideReason().get().isBlank()) {
                throw new LedgerViolation(transaction.id(), "overrideReason", Rule.OVERRIDE_NOT_ALLOWED, "an override must say why");
            }
        }
    }

    private static Transaction checkReversal(Ledger ledger, Reversal reversal) {
        Transaction reversed = ledger.transaction(reversal.reverses())
                .filter(t -> t.instrument().equals(reversal.instrument()))
                .orElseThrow(() -> new LedgerViolation(reversal.id(), "reverses", Rule.UNKNOWN_REVERSED_ENTRY,
                        "no transaction " + reversal.reverses() + " of " + reversal.instrument() + " to reverse"));
        if (reversal.reason().isBlank()) {
            throw new LedgerViolation(reversal.id(), "reason", Rule.REASON_REQUIRED, "a reversal must say why");
        }
        Money remaining = reversed.amount().minus(ledger.reversedSoFar(reversed));
        if (!remaining.isAtLeast(reversal.amount())) {
            throw new LedgerViolation(reversal.id(), "amount", Rule.REVERSAL_EXCEEDS_ORIGINAL, "only " + remaining + " of "
                    + reversed.id() + " (" + reversed.amount() + ") is left to reverse, got " + reversal.amount());
        }
        return reversed;
    }

    private static String finalUses() {
        List<String> labels = new ArrayList<>();
        for (FinalUse use : FinalUse.values()) {
            labels.add(use.label());
        }
        return String.join(", ", labels);
    }
}
