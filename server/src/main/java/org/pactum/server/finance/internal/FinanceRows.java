package org.pactum.server.finance.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The stored rows of the financing tables, kept apart from the core's domain values (see {@code FinanceMapper}). */
public final class FinanceRows {

    private FinanceRows() {
    }

    public record InstrumentRow(String id, String agreementId, String kind, String title, String donor, String recipient,
            Optional<String> implementer, long amountMinor, String currency, Optional<LoanRow> loan, boolean illustrative) {
    }

    public record LoanRow(BigDecimal interestRate, int graceMonths, int maturityMonths, int repaymentsPerYear, BigDecimal discountRate) {
    }

    public record TrancheRow(String instrumentId, String trancheId, int position, long amountMinor, LocalDate dueOn,
            String evidencePeriod, String rule, List<ConditionRow> conditions) {
    }

    public record ConditionRow(String indicatorCode, String comparison, BigDecimal threshold) {
    }

    public record DecisionRow(long id, String instrumentId, String trancheId, LocalDate decidedOn, String outcome, long releasedMinor,
            long withheldMinor, String currency, String explanation, List<String> reasons, Instant decidedAt, String decidedBy) {
    }

    /** A ledger row: {@code typeCode} 0 with {@code reverses} set is a reversal. */
    public record EntryRow(long seq, String id, String instrumentId, int typeCode, long amountMinor, String currency, LocalDate date,
            Optional<String> finalUse, Optional<String> overrideReason, Optional<String> reverses, Optional<String> reason,
            String description, Optional<Long> decisionId) {
    }

    public record RateRow(LocalDate date, String from, String to, BigDecimal rate, String source) {
    }
}
