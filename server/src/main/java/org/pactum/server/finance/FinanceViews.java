package org.pactum.server.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pactum.core.finance.ledger.Flow;
import org.pactum.core.pool.Money;

/** What the financing pages, the API and the exports show; read models, never the stored rows. */
public final class FinanceViews {

    private FinanceViews() {
    }

    /** An instrument with its terms, tranche plan (each tranche with its latest decision) and flow so far. */
    public record InstrumentView(String id, String agreementId, String kind, String title, String donor, String recipient,
            Optional<String> implementer, Money amount, Optional<LoanView> loan, boolean illustrative, List<TrancheView> tranches,
            Flow flow) {

        /** The public register's subjects of the decisions shown with its tranches (each tranche's latest). */
        public List<String> decisionSubjects() {
            return tranches.stream().flatMap(t -> t.decision().stream()).map(DecisionView::registerSubject).toList();
        }
    }

    /** Loan terms with the grant element (percent) at the recorded discount rate. */
    public record LoanView(BigDecimal interestRate, int graceMonths, int maturityMonths, int repaymentsPerYear,
            BigDecimal discountRate, BigDecimal grantElementPercent, Money grantEquivalent) {
    }

    /** A tranche: {@code status} is PLANNED until decided, then the latest decision's outcome. */
    public record TrancheView(String id, Money amount, LocalDate dueOn, String period, String rule, List<String> conditions,
            String status, Optional<DecisionView> decision) {
    }

    public record DecisionView(long id, String instrumentId, String trancheId, LocalDate decidedOn, String outcome, Money released,
            Money withheld, String explanation, List<String> reasons, String decidedBy) {

        /** How the public register names a tranche decision. */
        public static String registerSubject(long decisionId) {
            return "tranche-decision/" + decisionId;
        }

        /** This decision's subject in the public register. */
        public String registerSubject() {
            return registerSubject(id);
        }
    }

    /** A ledger entry; for a reversal {@code type} is REVERSAL and {@code reverses} names the corrected entry. */
    public record TransactionView(String id, String instrumentId, String agreementId, String donor, String recipient, String type,
            int typeCode, Money amount, LocalDate date, Optional<String> finalUse, Optional<String> overrideReason,
            Optional<String> reverses, Optional<String> reason, String description, Optional<Long> decisionId) {

        /** How the public register names a ledger transaction (its id is unique across every instrument). */
        public static String registerSubject(String transactionId) {
            return "finance-transaction/" + transactionId;
        }

        /** This transaction's subject in the public register. */
        public String registerSubject() {
            return registerSubject(id);
        }
    }

    /** One point of the committed, disbursed and spent curves (cumulative, in {@code currency}'s minor units). */
    public record FlowPoint(LocalDate date, long committedMinor, long disbursedMinor, long spentMinor) {
    }

    /** The financing plan of an agreement: its instruments, ledger and the curves over time, in a reporting currency. */
    public record FinancingPlan(String agreementId, String agreementTitle, boolean illustrative, List<InstrumentView> instruments,
            List<TransactionView> transactions, String reportingCurrency, List<FlowPoint> curve, int unconverted) {

        /** The public register's subjects of every record the plan shows: its transactions and its tranches' decisions. */
        public List<String> registerSubjects() {
            List<String> subjects = new ArrayList<>();
            transactions.forEach(t -> subjects.add(t.registerSubject()));
            instruments.forEach(i -> subjects.addAll(i.decisionSubjects()));
            return subjects;
        }
    }
}
