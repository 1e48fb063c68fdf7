package org.pactum.core.finance.tranche;

/**
 * Whether a tranche can be released in part. The names follow EU budget-support practice: a fixed
 * tranche is paid in full or not at all; a variable tranche pays for the conditions met.
 */
public enum ReleaseRule {
    /** Released only when every condition is met; otherwise withheld in full. */
    ALL_OR_NOTHING,
    /**
     * Pro rata to the share of conditions met, each condition weighing the same:
     * {@code released = ⌊amount × met ÷ conditions⌋} in minor units (rounded down, so never more than
     * the earned share is paid; the odd minor units stay committed for a later decision).
     */
    PRO_RATA_CONDITIONS_MET
}
