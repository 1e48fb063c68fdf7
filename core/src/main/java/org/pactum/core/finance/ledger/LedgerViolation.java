package org.pactum.core.finance.ledger;

/**
 * An entry the ledger refuses, naming the entry, the field at fault and the rule broken; the
 * ledger is left as it was.
 */
public final class LedgerViolation extends RuntimeException {

    /** The ledger's rules. */
    public enum Rule {
        /** Amounts are positive; corrections are {@link Reversal}s. */
        NON_POSITIVE_AMOUNT,
        /** An entry id is used once. */
        DUPLICATE_ID,
        /** Entries belong to an instrument opened in the ledger. */
        UNKNOWN_INSTRUMENT,
        /** An instrument's entries are in the instrument's currency. */
        CURRENCY_MISMATCH,
        /** An expenditure names its final use. */
        FINAL_USE_REQUIRED,
        /** An override reason is given only on a disbursement, and is not blank. */
        OVERRIDE_NOT_ALLOWED,
        /** Disbursed ≤ committed per instrument, unless the disbursement records an override reason. */
        DISBURSEMENT_EXCEEDS_COMMITMENT,
        /** Committed ≤ the instrument's amount. */
        COMMITMENT_EXCEEDS_INSTRUMENT,
        /** A reversal names an existing transaction of the same instrument. */
        UNKNOWN_REVERSED_ENTRY,
        /** A transaction is reversed by at most its own amount in total. */
        REVERSAL_EXCEEDS_ORIGINAL,
        /** A reversal gives its reason. */
        REASON_REQUIRED
    }

    private final String entryId;
    private final String field;
    private final Rule rule;

    public LedgerViolation(String entryId, String field, Rule rule, String message) {
        super("entry " + entryId + ", " + field + ": " + message);
        this.entryId = entryId;
        this.field = field;
        this.rule = rule;
    }

    public String entryId() {
        return entryId;
    }

    public String field() {
        return field;
    }

    public Rule rule() {
        return rule;
    }
}
