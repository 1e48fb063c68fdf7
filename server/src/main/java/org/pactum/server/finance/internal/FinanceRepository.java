package org.pactum.server.finance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pactum.server.finance.internal.FinanceRows.ConditionRow;
import org.pactum.server.finance.internal.FinanceRows.DecisionRow;
import org.pactum.server.finance.internal.FinanceRows.EntryRow;
import org.pactum.server.finance.internal.FinanceRows.InstrumentRow;
import org.pactum.server.finance.internal.FinanceRows.LoanRow;
import org.pactum.server.finance.internal.FinanceRows.RateRow;
import org.pactum.server.finance.internal.FinanceRows.TrancheRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** JDBC access to the financing tables (V8). */
@Repository
public class FinanceRepository {

    private static final String INSTRUMENT_COLUMNS = "id, agreement_id, kind, title, donor_party, recipient_party, implementer_party, "
            + "amount_minor, currency, interest_rate, grace_months, maturity_months, repayments_per_year, discount_rate, illustrative";
    private static final String ENTRY_COLUMNS = "seq, id, instrument_id, type_code, amount_minor, currency, value_date, final_use, "
            + "override_reason, reverses, reason, description, decision_id";
    private static final String SEPARATOR = "\n";

    private final JdbcClient jdbc;

    FinanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean instrumentExists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM finance_instrument WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    public void insertInstrument(InstrumentRow row, String actor) {
        Optional<LoanRow> loan = row.loan();
        jdbc.sql("INSERT INTO finance_instrument (" + INSTRUMENT_COLUMNS + ", created_at, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.id(), row.agreementId(), row.kind(), row.title(), row.donor(), row.recipient(), row.implementer().orElse(null),
                        row.amountMinor(), row.currency(), loan.map(LoanRow::interestRate).orElse(null),
                        loan.map(LoanRow::graceMonths).orElse(null), loan.map(LoanRow::maturityMonths).orElse(null),
                        loan.map(LoanRow::repaymentsPerYear).orElse(null), loan.map(LoanRow::discountRate).orElse(null),
                        row.illustrative(), Timestamp.from(Instant.now()), actor)
                .update();
    }

    public void insertTranche(TrancheRow row) {
        jdbc.sql("INSERT INTO finance_tranche (instrument_id, tranche_id, position, amount_minor, due_on, evidence_period, release_rule) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(row.instrumentId(), row.trancheId(), row.position(), row.amountMinor(), row.dueOn(), row.evidencePeriod(), row.rule())
                .update();
        for (int i = 0; i < row.conditions().size(); i++) {
            ConditionRow c = row.conditions().get(i);
            jdbc.sql("INSERT INTO finance_tranche_condition (instrument_id, tranche_id, position, indicator_code, comparison, threshold) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(row.instrumentId(), row.trancheId(), i, c.indicatorCode(), c.comparison(), c.threshold()).update();
        }
    }

    public Optional<InstrumentRow> instrument(String id) {
        return jdbc.sql("SELECT " + INSTRUMENT_COLUMNS + " FROM finance_instrument WHERE id = ?").param(id)
                .query(this::instrumentRow).optional();
    }

    /** Locks the instrument's row until the end of the transaction, so that ledger checks see every earlier entry. */
    public Optional<InstrumentRow> lockInstrument(String id) {
        return jdbc.sql("SELECT " + INSTRUMENT_COLUMNS + " FROM finance_instrument WHERE id = ? FOR UPDATE").param(id)
                .query(this::instrumentRow).optional();
    }

    public List<InstrumentRow> instruments(String agreementId) {
        return jdbc.sql("SELECT " + INSTRUMENT_COLUMNS + " FROM finance_instrument WHERE agreement_id = ? ORDER BY id").param(agreementId)
                .query(this::instrumentRow).list();
    }

    public List<InstrumentRow> allInstruments() {
        return jdbc.sql("SELECT " + INSTRUMENT_COLUMNS + " FROM finance_instrument ORDER BY agreement_id, id").query(this::instrumentRow).list();
    }

    public List<TrancheRow> tranches(String instrumentId) {
        List<TrancheRow> bare = jdbc.sql("SELECT instrument_id, tranche_id, position, amount_minor, due_on, evidence_period, release_rule "
                        + "FROM finance_tranche WHERE instrument_id = ? ORDER BY position").param(instrumentId)
                .query((rs, n) -> new TrancheRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                        rs.getDate(5).toLocalDate(), rs.getString(6), rs.getString(7), List.of()))
                .list();
        List<TrancheRow> tranches = new ArrayList<>();
        for (TrancheRow t : bare) {
            List<ConditionRow> conditions = jdbc.sql("SELECT indicator_code, comparison, threshold FROM finance_tranche_condition "
                            + "WHERE instrument_id = ? AND tranche_id = ? ORDER BY position").params(t.instrumentId(), t.trancheId())
                    .query((rs, n) -> new ConditionRow(rs.getString(1), rs.getString(2), rs.getBigDecimal(3))).list();
            tranches.add(new TrancheRow(t.instrumentId(), t.trancheId(), t.position(), t.amountMinor(), t.dueOn(), t.evidencePeriod(),
                    t.rule(), conditions));
        }
        return tranches;
    }

    public long insertDecision(DecisionRow row) {
        jdbc.sql("INSERT INTO finance_decision (instrument_id, tranche_id, decided_on, outcome, released_minor, withheld_minor, currency, "
                        + "explanation, reasons, decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.instrumentId(), row.trancheId(), row.decidedOn(), row.outcome(), row.releasedMinor(), row.withheldMinor(),
                        row.currency(), truncate(row.explanation(), 4000), truncate(String.join(SEPARATOR, row.reasons()), 4000),
                        Timestamp.from(row.decidedAt()), row.decidedBy())
                .update();
        return jdbc.sql("SELECT MAX(id) FROM finance_decision WHERE instrument_id = ? AND tranche_id = ?")
                .params(row.instrumentId(), row.trancheId()).query(Long.class).single();
    }

    public List<DecisionRow> decisions(String instrumentId) {
        return jdbc.sql("SELECT id, instrument_id, tranche_id, decided_on, outcome, released_minor, withheld_minor, currency, explanation, "
                        + "reasons, decided_at, decided_by FROM finance_decision WHERE instrument_id = ? ORDER BY id").param(instrumentId)
                .query(this::decisionRow).list();
    }

    public Optional<DecisionRow> decision(long id) {
        return jdbc.sql("SELECT id, instrument_id, tranche_id, decided_on, outcome, released_minor, withheld_minor, currency, explanation, "
                        + "reasons, decided_at, decided_by FROM finance_decision WHERE id = ?").param(id)
                .query(this::decisionRow).optional();
    }

    public void insertEntry(EntryRow row, String actor) {
        jdbc.sql("INSERT INTO finance_transaction (id, instrument_id, type_code, amount_minor, currency, value_date, final_use, "
                        + "override_reason, reverses, reason, description, decision_id, recorded_at, recorded_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.id(), row.instrumentId(), row.typeCode(), row.amountMinor(), row.currency(), row.date(),
                        row.finalUse().orElse(null), row.overrideReason().orElse(null), row.reverses().orElse(null),
                        row.reason().orElse(null), row.description(), row.decisionId().orElse(null), Timestamp.from(Instant.now()), actor)
                .update();
    }

    public boolean entryExists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM finance_transaction WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    public boolean disbursementRecordedFor(long decisionId) {
        return jdbc.sql("SELECT COUNT(*) FROM finance_transaction WHERE decision_id = ?").param(decisionId).query(Long.class).single() > 0;
    }

    public List<EntryRow> entries(String instrumentId) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM finance_transaction WHERE instrument_id = ? ORDER BY seq").param(instrumentId)
                .query(this::entryRow).list();
    }

    public List<EntryRow> allEntries() {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM finance_transaction ORDER BY seq").query(this::entryRow).list();
    }

    public void upsertRate(RateRow row, String actor) {
        jdbc.sql("DELETE FROM finance_exchange_rate WHERE rate_date = ? AND from_currency = ? AND to_currency = ?")
                .params(row.date(), row.from(), row.to()).update();
        jdbc.sql("INSERT INTO finance_exchange_rate (rate_date, from_currency, to_currency, rate, source, recorded_at, recorded_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(row.date(), row.from(), row.to(), row.rate(), row.source(), Timestamp.from(Instant.now()), actor).update();
    }

    public List<RateRow> rates() {
        return jdbc.sql("SELECT rate_date, from_currency, to_currency, rate, source FROM finance_exchange_rate "
                        + "ORDER BY rate_date, from_currency, to_currency")
                .query((rs, n) -> new RateRow(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getString(5)))
                .list();
    }

    private InstrumentRow instrumentRow(ResultSet rs, int n) throws SQLException {
        Optional<LoanRow> loan = rs.getBigDecimal(10) == null ? Optional.empty() : Optional.of(new LoanRow(rs.getBigDecimal(10),
                rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getBigDecimal(14)));
        return new InstrumentRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                Optional.ofNullable(rs.getString(7)), rs.getLong(8), rs.getString(9).strip(), loan, rs.getBoolean(15));
    }

    private DecisionRow decisionRow(ResultSet rs, int n) throws SQLException {
        String reasons = rs.getString(10);
        return new DecisionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5),
                rs.getLong(6), rs.getLong(7), rs.getString(8).strip(), rs.getString(9),
                reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(SEPARATOR)), rs.getTimestamp(11).toInstant(), rs.getString(12));
    }

    private EntryRow entryRow(ResultSet rs, int n) throws SQLException {
        long decision = rs.getLong(13);
        Optional<Long> decisionId = rs.wasNull() ? Optional.empty() : Optional.of(decision);
        return new EntryRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getString(6).strip(),
                rs.getDate(7).toLocalDate(), Optional.ofNullable(rs.getString(8)), Optional.ofNullable(rs.getString(9)),
                Optional.ofNullable(rs.getString(10)), Optional.ofNullable(rs.getString(11)), rs.getString(12), decisionId);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
