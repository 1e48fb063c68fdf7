package org.pactum.server.reference.internal;

import java.util.List;
import org.pactum.server.reference.Observation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes observations in JDBC batches: plain inserts for a fresh load, a portable SQL MERGE
 * (H2 and PostgreSQL 15 both support it) when a newer edition updates existing values. Each row
 * keeps the edition of its observation, so a newer edition relabels only the values it carries.
 */
@Component
public class ObservationWriter {

    private static final int BATCH = 2_000;

    private static final String INSERT = "INSERT INTO observation "
            + "(indicator_code, country_iso3, partner_iso3, period, period_start, obs_value, edition) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final String MERGE = "MERGE INTO observation o USING (VALUES (CAST(? AS VARCHAR(80)), "
            + "CAST(? AS VARCHAR(3)), CAST(? AS VARCHAR(3)), CAST(? AS VARCHAR(7)), CAST(? AS DATE), "
            + "CAST(? AS DOUBLE PRECISION), CAST(? AS VARCHAR(300)))) "
            + "AS s (indicator_code, country_iso3, partner_iso3, period, period_start, obs_value, edition) "
            + "ON o.indicator_code = s.indicator_code AND o.country_iso3 = s.country_iso3 "
            + "AND o.partner_iso3 = s.partner_iso3 AND o.period = s.period "
            + "WHEN MATCHED THEN UPDATE SET obs_value = s.obs_value, edition = s.edition "
            + "WHEN NOT MATCHED THEN INSERT (indicator_code, country_iso3, partner_iso3, period, period_start, obs_value, edition) "
            + "VALUES (s.indicator_code, s.country_iso3, s.partner_iso3, s.period, s.period_start, s.obs_value, s.edition)";

    private final JdbcTemplate jdbc;

    public ObservationWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(List<Observation> observations) {
        write(INSERT, observations);
    }

    public void merge(List<Observation> observations) {
        write(MERGE, observations);
    }

    private void write(String sql, List<Observation> observations) {
        List<Object[]> rows = ReferenceRepository.asRows(observations);
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }
}
