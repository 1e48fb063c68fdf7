package org.pactum.server.finance;

import java.time.LocalDate;
import java.util.List;

/**
 * A financing instrument to record, with its tranche plan: a grant or a concessional loan of an
 * agreement, from a donor party to a recipient party (and optionally an implementer). Amounts are
 * decimal strings in major units of {@code currency} ("2500000.00"); they are stored in minor units.
 */
public record InstrumentRequest(String id, String agreementId, String kind, String title, String donor, String recipient,
        String implementer, String amount, String currency, Loan loan, List<TrancheLine> tranches) {

    public InstrumentRequest {
        tranches = tranches == null ? List.of() : List.copyOf(tranches);
    }

    /** Loan terms: annual interest rate and DAC discount rate as fractions ("0.0075"), months, repayments a year. */
    public record Loan(String interestRate, Integer graceMonths, Integer maturityMonths, Integer repaymentsPerYear,
            String discountRate) {
    }

    /**
     * A tranche: amount, due date, the monitoring period whose verified figures decide it ("2024",
     * "2025-Q2"), the release rule ({@code ALL_OR_NOTHING} or {@code PRO_RATA_CONDITIONS_MET}) and
     * its conditions.
     */
    public record TrancheLine(String id, String amount, LocalDate dueOn, String period, String rule, List<ConditionLine> conditions) {

        public TrancheLine {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }
    }

    /** A condition on an indicator the agreement monitors: {@code returns-accepted AT_LEAST 450}. */
    public record ConditionLine(String indicator, String comparison, String threshold) {
    }
}
