package org.pactum.core.finance.instrument;

import org.pactum.core.pool.Money;

/**
 * A financing instrument of a partnership agreement. The set is closed: every consumer (the
 * ledger, the IATI export, the financing-plan page) handles each kind.
 */
public sealed interface Instrument permits Grant, ConcessionalLoan, ReimbursableGrant, Guarantee, BudgetSupport {

    InstrumentId id();

    FinancingParties parties();

    /**
     * The most the donor can be asked to pay under the instrument: the grant or loan amount, or for
     * a guarantee the covered share of the exposure. Disbursements are held against it.
     */
    Money amount();

    /** A short English name of the kind of instrument, for explanations. */
    String kind();

    default String currency() {
        return amount().currency();
    }
}
