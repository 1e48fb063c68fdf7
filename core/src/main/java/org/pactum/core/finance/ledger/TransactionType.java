package org.pactum.core.finance.ledger;

import java.util.Arrays;
import java.util.Optional;

/** The IATI 2.03 TransactionType codelist (codes 1 to 13), checked against the published codelist in a test. */
public enum TransactionType {
    INCOMING_FUNDS(1, "Incoming Funds"),
    OUTGOING_COMMITMENT(2, "Outgoing Commitment"),
    DISBURSEMENT(3, "Disbursement"),
    EXPENDITURE(4, "Expenditure"),
    INTEREST_PAYMENT(5, "Interest Payment"),
    LOAN_REPAYMENT(6, "Loan Repayment"),
    REIMBURSEMENT(7, "Reimbursement"),
    PURCHASE_OF_EQUITY(8, "Purchase of Equity"),
    SALE_OF_EQUITY(9, "Sale of Equity"),
    CREDIT_GUARANTEE(10, "Credit Guarantee"),
    INCOMING_COMMITMENT(11, "Incoming Commitment"),
    OUTGOING_PLEDGE(12, "Outgoing Pledge"),
    INCOMING_PLEDGE(13, "Incoming Pledge");

    private final int code;
    private final String iatiName;

    TransactionType(int code, String iatiName) {
        this.code = code;
        this.iatiName = iatiName;
    }

    public int code() {
        return code;
    }

    public String iatiName() {
        return iatiName;
    }

    public static Optional<TransactionType> ofCode(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }

    /** Disbursements in the ledger's sense: money placed at the recipient's disposal (3) or reimbursing its spending (7). */
    public boolean disburses() {
        return this == DISBURSEMENT || this == REIMBURSEMENT;
    }
}
