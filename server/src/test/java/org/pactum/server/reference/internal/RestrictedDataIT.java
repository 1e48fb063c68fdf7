package org.pactum.server.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pactum.server.reference.ReferenceSettings;
import org.pactum.server.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An installation without permission to hold restricted figures starts with
 * {@code PACTUM_RESTRICTED_DATA=false}: Frontex's monthly detections are catalogued but not loaded,
 * the PRIO part of the battle deaths (up to 1988) is left out while UCDP's figures from 1989 are
 * loaded, and everything else loads in full. A later start that may hold them loads them in full.
 * The expected counts are read from the shipped files by the test itself. The choice of what is
 * loaded does not depend on the database, so this runs on embedded H2 only (a fresh one of its own).
 */
class RestrictedDataIT {

    @Test
    void restrictedFiguresAreLeftOutOfTheFirstLoadAndLoadedLaterWhenAllowed() throws Exception {
        Assumptions.assumeFalse(TestDatabase.isPostgres(), "what is loaded does not depend on the database");
        // one connection for everything, as a pool keeps them: H2 evaluates a CHECK constraint in the
        // session that created it, so the migrating connection must stay open
        SingleConnectionDataSource database = new SingleConnectionDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", true);
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
        ReferenceRepository repository = new ReferenceRepository(jdbc);
        ObservationWriter writer = new ObservationWriter(new JdbcTemplate(database));

        new BundledReferenceData(repository, writer, transactions, new ReferenceSettings(true, false)).run(null);

        assertThat(count(jdbc, "SELECT COUNT(*) FROM indicator WHERE code LIKE 'frontex.%'")).isEqualTo(9);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM observation WHERE indicator_code LIKE 'frontex.%'")).isZero();
        assertThat(count(jdbc, "SELECT COUNT(*) FROM observation WHERE indicator_code = 'ucdp.battle-deaths' "
                + "AND period_start < DATE '1989-01-01'")).isZero();
        assertThat(count(jdbc, "SELECT COUNT(*) FROM observation WHERE indicator_code = 'ucdp.battle-deaths'"))
                .isEqualTo(rows("ucdp.battle-deaths", period -> Integer.parseInt(period) >= 1989)).isPositive();
        assertThat(count(jdbc, "SELECT COUNT(*) FROM observation WHERE indicator_code = 'wdi.population'"))
                .isEqualTo(rows("wdi.population", period -> true));
        assertThat(jdbc.sql("SELECT edition FROM dataset_load WHERE dataset = 'frontex.detections.central-mediterranean'")
                .query(String.class).single()).endsWith("(restricted figures left out)");
        assertThat(jdbc.sql("SELECT restriction FROM indicator WHERE code = 'frontex.detections.central-mediterranean'")
                .query(String.class).single()).contains("Frontex");

        new BundledReferenceData(repository, writer, transactions, new ReferenceSettings(true, true)).run(null);

        assertThat(count(jdbc, "SELECT COUNT(*) FROM observation WHERE indicator_code = 'frontex.detections.central-mediterranean'"))
                .isEqualTo(rows("frontex.detections.central-mediterranean", period -> true)).isPositive();
        assertThat(count(jdbc, "SELECT COUNT(*) FROM observation WHERE indicator_code = 'ucdp.battle-deaths'"))
                .isEqualTo(rows("ucdp.battle-deaths", period -> true));
        database.destroy();
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** Rows of a shipped file ({@code country,partner,period,value}) whose period passes the test. */
    private static long rows(String code, Predicate<String> period) throws IOException {
        try (InputStream raw = RestrictedDataIT.class.getResourceAsStream("/reference/observations/" + code + ".csv.gz");
                BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            List<String> lines = in.lines().skip(1).filter(line -> !line.isBlank()).toList();
            return lines.stream().map(line -> line.split(",", -1)[2]).filter(p -> period.test(p.substring(0, 4))).count();
        }
    }
}
