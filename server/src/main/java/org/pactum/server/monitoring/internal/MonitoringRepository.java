package org.pactum.server.monitoring.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import java.util.Optional;
import org.pactum.core.compliance.Direction;
import org.pactum.core.compliance.Thresholds;
import org.pactum.core.compliance.Verification;
import org.pactum.server.monitoring.Alert;
import org.pactum.server.monitoring.MonitoredIndicator;
import org.pactum.server.monitoring.Report;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of monitored indicators, targets, report versions, verifications, alerts and notices. */
@Repository
public class MonitoringRepository {

    private static final String REPORT_SELECT = "SELECT r.*, v.state, v.verifier, v.reason FROM indicator_report r "
            + "LEFT JOIN report_verification v ON v.id = (SELECT MAX(v2.id) FROM report_verification v2 WHERE v2.report_id = r.id) ";

    private final JdbcClient jdbc;

    MonitoringRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long saveIndicator(String agreementId, String code, String partyId, String unit, Direction direction,
            BigDecimal baseline, String baselinePeriod, Thresholds thresholds) {
        Optional<Long> existing = jdbc.sql("SELECT id FROM monitored_indicator WHERE agreement_id = ? AND indicator_code = ? AND party_id = ?")
                .params(agreementId, code, partyId).query(Long.class).optional();
        if (existing.isPresent()) {
            jdbc.sql("UPDATE monitored_indicator SET unit = ?, direction = ?, baseline = ?, baseline_period = ?, on_track = ?, "
                            + "off_track = ? WHERE id = ?")
                    .params(unit, direction.name(), baseline, baselinePeriod, thresholds.onTrack(), thresholds.offTrack(),
                            existing.get())
                    .update();
            jdbc.sql("DELETE FROM indicator_target WHERE indicator_id = ?").param(existing.get()).update();
            return existing.get();
        }
        jdbc.sql("INSERT INTO monitored_indicator (agreement_id, indicator_code, party_id, unit, direction, baseline, "
                        + "baseline_period, on_track, off_track) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(agreementId, code, partyId, unit, direction.name(), baseline, baselinePeriod, thresholds.onTrack(),
                        thresholds.offTrack())
                .update();
        return jdbc.sql("SELECT id FROM monitored_indicator WHERE agreement_id = ? AND indicator_code = ? AND party_id = ?")
                .params(agreementId, code, partyId).query(Long.class).single();
    }

    public void saveTarget(long indicatorId, String period, LocalDate periodStart, BigDecimal target) {
        jdbc.sql("INSERT INTO indicator_target (indicator_id, period, period_start, target) VALUES (?, ?, ?, ?)")
                .params(indicatorId, period, Date.valueOf(periodStart), target).update();
    }

    public List<MonitoredIndicator> indicators(String agreementId) {
        return jdbc.sql("SELECT * FROM monitored_indicator WHERE agreement_id = ? ORDER BY id").param(agreementId)
                .query((rs, n) -> indicator(rs, n)).list();
    }

    public Optional<MonitoredIndicator> indicator(long id) {
        return jdbc.sql("SELECT * FROM monitored_indicator WHERE id = ?").param(id).query((rs, n) -> indicator(rs, n)).optional();
    }

    public long addReport(long indicatorId, String period, LocalDate periodStart, BigDecimal value, String unit, String source,
            String documents, String note, String party, String reportedBy) {
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM indicator_report WHERE indicator_id = ? AND period = ?")
                .params(indicatorId, period).query(Integer.class).single();
        jdbc.sql("INSERT INTO indicator_report (indicator_id, period, period_start, version, report_value, unit, source, "
                        + "documents, note, reporting_party, reported_by, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(indicatorId, period, Date.valueOf(periodStart), version, value, unit, source, documents, note, party,
                        reportedBy, Timestamp.from(Instant.now()))
                .update();
        return jdbc.sql("SELECT id FROM indicator_report WHERE indicator_id = ? AND period = ? AND version = ?")
                .params(indicatorId, period, version).query(Long.class).single();
    }

    public void addVerification(long reportId, Verification state, String reason, String verifier, Optional<String> party) {
        jdbc.sql("INSERT INTO report_verification (report_id, state, reason, verifier, verifier_party, decided_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(reportId, state.name(), reason, verifier, party.orElse(null), Timestamp.from(Instant.now())).update();
    }

    /** Takes the row of a report for the rest of the transaction; others publishing its facts wait here. */
    public void lockReport(long reportId) {
        jdbc.sql("SELECT id FROM indicator_report WHERE id = ? FOR UPDATE").param(reportId).query(Long.class).list();
    }

    /** Takes an indicator's row for the rest of the transaction: reports on it wait, or are waited for. */
    public void lockIndicator(long indicatorId) {
        jdbc.sql("SELECT id FROM monitored_indicator WHERE id = ? FOR UPDATE").param(indicatorId).query(Long.class).list();
    }

    /** Takes the rows of every indicator of an agreement for the rest of the transaction. */
    public void lockIndicatorsOf(String agreementId) {
        jdbc.sql("SELECT id FROM monitored_indicator WHERE agreement_id = ? ORDER BY id FOR UPDATE")
                .param(agreementId).query(Long.class).list();
    }

    /** Takes the rows of every report of an agreement for the rest of the transaction. */
    public void lockReportsOf(String agreementId) {
        jdbc.sql("SELECT id FROM indicator_report WHERE indicator_id IN (SELECT id FROM monitored_indicator WHERE agreement_id = ?) "
                        + "ORDER BY id FOR UPDATE")
                .param(agreementId).query(Long.class).list();
    }

    /** Every verifier's decision on a report, oldest first. */
    public List<VerifierDecision> decisions(long reportId) {
        return jdbc.sql("SELECT * FROM report_verification WHERE report_id = ? ORDER BY id").param(reportId)
                .query((rs, n) -> new VerifierDecision(rs.getLong("id"), rs.getLong("report_id"),
                        Verification.valueOf(rs.getString("state")), rs.getString("reason"), rs.getString("verifier"),
                        Optional.ofNullable(rs.getString("verifier_party")), rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    /** Every version of every report of an agreement, in the order they were recorded. */
    public List<Report> reportsOfAgreement(String agreementId) {
        return jdbc.sql(REPORT_SELECT + "JOIN monitored_indicator i ON i.id = r.indicator_id WHERE i.agreement_id = ? ORDER BY r.id")
                .param(agreementId).query(MonitoringRepository::report).list();
    }

    public Optional<Report> report(long id) {
        return jdbc.sql(REPORT_SELECT + "WHERE r.id = ?").param(id).query(MonitoringRepository::report).optional();
    }

    /** Every version of every report of an indicator, newest version last within each period. */
    public List<Report> reports(long indicatorId) {
        return jdbc.sql(REPORT_SELECT + "WHERE r.indicator_id = ? ORDER BY r.period_start, r.period, r.version")
                .param(indicatorId).query(MonitoringRepository::report).list();
    }

    /** The current (latest) version of each period's report. */
    public List<Report> currentReports(long indicatorId) {
        return jdbc.sql(REPORT_SELECT + "WHERE r.indicator_id = ? AND r.version = (SELECT MAX(r2.version) FROM indicator_report r2 "
                        + "WHERE r2.indicator_id = r.indicator_id AND r2.period = r.period) ORDER BY r.period_start, r.period")
                .param(indicatorId).query(MonitoringRepository::report).list();
    }

    /** Current report versions that no verifier has decided on yet. */
    public List<Report> pending() {
        return jdbc.sql(REPORT_SELECT + "WHERE v.state IS NULL AND r.version = (SELECT MAX(r2.version) FROM indicator_report r2 "
                        + "WHERE r2.indicator_id = r.indicator_id AND r2.period = r.period) ORDER BY r.reported_at")
                .query(MonitoringRepository::report).list();
    }

    /** Takes a notice key; false when the notice was raised before. */
    public boolean takeNotice(String key) {
        int exists = jdbc.sql("SELECT COUNT(*) FROM monitoring_notice WHERE notice_key = ?").param(key).query(Integer.class).single();
        if (exists > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO monitoring_notice (notice_key, raised_at) VALUES (?, ?)").params(key, Timestamp.from(Instant.now()))
                .update();
        return true;
    }

    public void addAlert(String agreementId, String kind, Optional<LocalDate> dueOn, String message, String data) {
        jdbc.sql("INSERT INTO monitoring_alert (agreement_id, kind, occurred_at, due_on, message, data) VALUES (?, ?, ?, ?, ?, ?)")
                .params(agreementId, kind, Timestamp.from(Instant.now()), dueOn.map(Date::valueOf).orElse(null),
                        truncate(message, 1000), truncate(data, 2000))
                .update();
    }

    public List<Alert> alerts(int limit) {
        return jdbc.sql("SELECT * FROM monitoring_alert ORDER BY id DESC LIMIT " + limit)
                .query((rs, n) -> new Alert(rs.getLong("id"), rs.getString("agreement_id"), rs.getString("kind"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        Optional.ofNullable(rs.getDate("due_on")).map(Date::toLocalDate), rs.getString("message"),
                        rs.getString("data")))
                .list();
    }

    public List<Alert> alerts(String agreementId) {
        return jdbc.sql("SELECT * FROM monitoring_alert WHERE agreement_id = ? ORDER BY id DESC").param(agreementId)
                .query((rs, n) -> new Alert(rs.getLong("id"), rs.getString("agreement_id"), rs.getString("kind"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        Optional.ofNullable(rs.getDate("due_on")).map(Date::toLocalDate), rs.getString("message"),
                        rs.getString("data")))
                .list();
    }

    /** Takes the lock row of a job for the rest of the transaction; other nodes wait here. */
    public Optional<LocalDate> lockJob(String name) {
        return jdbc.sql("SELECT last_run_on FROM job_lock WHERE name = ? FOR UPDATE").param(name)
                .query((rs, n) -> Optional.ofNullable(rs.getDate(1)).map(Date::toLocalDate)).single();
    }

    public void markJobRun(String name, LocalDate on, String node) {
        jdbc.sql("UPDATE job_lock SET last_run_on = ?, last_run_by = ? WHERE name = ?").params(Date.valueOf(on), node, name)
                .update();
    }

    private MonitoredIndicator indicator(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<MonitoredIndicator.Target> targets = jdbc.sql("SELECT period, period_start, target FROM indicator_target "
                        + "WHERE indicator_id = ? ORDER BY period_start, period")
                .param(id).query((t, n) -> new MonitoredIndicator.Target(t.getString(1), t.getDate(2).toLocalDate(),
                        plain(t.getBigDecimal(3)))).list();
        return new MonitoredIndicator(id, rs.getString("agreement_id"), rs.getString("indicator_code"), rs.getString("party_id"),
                rs.getString("unit"), Direction.valueOf(rs.getString("direction")), plain(rs.getBigDecimal("baseline")),
                rs.getString("baseline_period"),
                new Thresholds(rs.getBigDecimal("on_track").doubleValue(), rs.getBigDecimal("off_track").doubleValue()), targets);
    }

    private static Report report(ResultSet rs, int row) throws SQLException {
        String state = rs.getString("state");
        return new Report(rs.getLong("id"), rs.getLong("indicator_id"), rs.getString("period"),
                rs.getDate("period_start").toLocalDate(), rs.getInt("version"), plain(rs.getBigDecimal("report_value")),
                rs.getString("unit"), rs.getString("source"), rs.getString("documents"), rs.getString("note"),
                rs.getString("reporting_party"), rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant(),
                state == null ? Verification.PENDING : Verification.valueOf(state), Optional.ofNullable(rs.getString("verifier")),
                Optional.ofNullable(rs.getString("reason")).orElse(""));
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String truncate(String text, int length) {
        String value = text == null ? "" : text;
        return value.length() <= length ? value : value.substring(0, length);
    }

}
