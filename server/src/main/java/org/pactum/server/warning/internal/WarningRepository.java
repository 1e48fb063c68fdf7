package org.pactum.server.warning.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.pactum.server.warning.SurgeAlert;
import org.pactum.server.warning.SurgeRuleDefinition;
import org.pactum.server.warning.SurgeRuleKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** JDBC access to the surge rules and alerts (V30). */
@Repository
public class WarningRepository {

    private static final String ALERT_COLUMNS = "id, rule_id, series_id, basis, data_until, target_month, alert_value, threshold, explanation, "
            + "destinations, raised_by, raised_at";

    private final JdbcClient jdbc;

    WarningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SurgeRuleDefinition> rules() {
        return jdbc.sql("SELECT id, series_id, kind, threshold, horizon, destinations, created_by, created_at FROM warning_surge_rule ORDER BY id")
                .query(WarningRepository::rule).list();
    }

    public Optional<SurgeRuleDefinition> rule(String id) {
        return jdbc.sql("SELECT id, series_id, kind, threshold, horizon, destinations, created_by, created_at FROM warning_surge_rule WHERE id = ?")
                .param(id).query(WarningRepository::rule).optional();
    }

    public void insertRule(SurgeRuleDefinition r) {
        jdbc.sql("INSERT INTO warning_surge_rule (id, series_id, kind, threshold, horizon, destinations, created_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), r.seriesId(), r.kind().name(), r.threshold(), r.horizon(), String.join(",", r.destinations()),
                        r.createdBy(), Timestamp.from(r.createdAt()))
                .update();
    }

    public boolean alertExists(String ruleId, String basis, String dataUntil) {
        return jdbc.sql("SELECT COUNT(*) FROM warning_alert WHERE rule_id = ? AND basis = ? AND data_until = ?")
                .params(ruleId, basis, dataUntil).query(Long.class).single() > 0;
    }

    public long insertAlert(String ruleId, String seriesId, String basis, String dataUntil, String targetMonth, BigDecimal value,
            BigDecimal threshold, String explanation, List<String> destinations, String raisedBy, Instant raisedAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO warning_alert (rule_id, series_id, basis, data_until, target_month, alert_value, threshold, explanation, "
                        + "destinations, raised_by, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(ruleId, seriesId, basis, dataUntil, targetMonth, value, threshold, explanation, String.join(",", destinations),
                        raisedBy, Timestamp.from(raisedAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public PageSlice<SurgeAlert> alerts(PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM warning_alert").query(Long.class).single();
        List<SurgeAlert> items = jdbc.sql("SELECT " + ALERT_COLUMNS + " FROM warning_alert ORDER BY id DESC LIMIT " + page.size()
                + " OFFSET " + page.offset()).query(WarningRepository::alert).list();
        return new PageSlice<>(items, page.page(), page.size(), total);
    }

    public Optional<SurgeAlert> alert(long id) {
        return jdbc.sql("SELECT " + ALERT_COLUMNS + " FROM warning_alert WHERE id = ?").param(id).query(WarningRepository::alert).optional();
    }

    private static SurgeRuleDefinition rule(ResultSet rs, int n) throws SQLException {
        return new SurgeRuleDefinition(rs.getString(1), rs.getString(2), SurgeRuleKind.valueOf(rs.getString(3)),
                rs.getBigDecimal(4).stripTrailingZeros(), rs.getInt(5), split(rs.getString(6)), rs.getString(7),
                rs.getTimestamp(8).toInstant());
    }

    private static SurgeAlert alert(ResultSet rs, int n) throws SQLException {
        return new SurgeAlert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getBigDecimal(7).stripTrailingZeros(), rs.getBigDecimal(8).stripTrailingZeros(), rs.getString(9),
                split(rs.getString(10)), rs.getString(11), rs.getTimestamp(12).toInstant());
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }
}
