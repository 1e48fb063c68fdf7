package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactum.server.testing.TestDatabase;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database from before editions were kept per observation (V11) is brought up to date by V12:
 * every existing observation takes the edition its series had, and series are unrestricted until
 * the catalogue says otherwise. The old rows are written with the test's own SQL. On H2 and
 * PostgreSQL (in a schema of its own in the test database).
 */
class EditionsPerObservationMigrationIT {

    private static final String SCHEMA = "editions_migration";
    private String url;
    /** One connection throughout, as a pool keeps it: H2 evaluates a CHECK in the session that created it. */
    private SingleConnectionDataSource database;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        TestDatabase.assumeAvailable();
        if (TestDatabase.isPostgres()) {
            url = TestDatabase.url();
            try (Connection connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        } else {
            url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        database = new SingleConnectionDataSource(url, TestDatabase.user(), TestDatabase.password(), true);
        if (TestDatabase.isPostgres()) {
            database.setSchema(SCHEMA);
        }
    }

    @AfterEach
    void close() {
        database.destroy();
    }

    @Test
    void existingObservationsTakeTheEditionOfTheirSeries() throws Exception {
        flyway(MigrationVersion.fromVersion("11")).migrate();
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO indicator (code, name, unit, dimension, pair_meaning, frequency, source, edition, "
                    + "licence, source_url) VALUES ('test.a', 'A', 'persons', 'COUNTRY', '', 'YEAR', 'Publisher A', "
                    + "'edition of 2025', 'CC BY 4.0', ''), ('test.b', 'B', 'persons', 'COUNTRY', '', 'YEAR', "
                    + "'Publisher B', 'edition of 2019', 'CC BY 4.0', '')");
            sql.execute("INSERT INTO observation (indicator_code, country_iso3, partner_iso3, period, period_start, obs_value) "
                    + "VALUES ('test.a', 'DEU', '', '2024', DATE '2024-01-01', 1), "
                    + "('test.a', 'FRA', '', '2024', DATE '2024-01-01', 2), "
                    + "('test.b', 'DEU', '', '2018', DATE '2018-01-01', 3)");
        }

        flyway(null).migrate();

        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            Map<String, String> editions = new LinkedHashMap<>();
            try (ResultSet rs = sql.executeQuery("SELECT indicator_code, country_iso3, edition FROM observation "
                    + "ORDER BY indicator_code, country_iso3")) {
                while (rs.next()) {
                    editions.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
                }
            }
            assertThat(editions).containsExactly(Map.entry("test.a/DEU", "edition of 2025"),
                    Map.entry("test.a/FRA", "edition of 2025"), Map.entry("test.b/DEU", "edition of 2019"));
            try (ResultSet rs = sql.executeQuery("SELECT COUNT(*) FROM indicator WHERE restriction = '' "
                    + "AND restricted_through = ''")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
    }

    private Connection connect() throws SQLException {
        return database.getConnection();
    }

    /** Flyway on the test database, up to {@code target} (null: every migration). */
    private Flyway flyway(MigrationVersion target) {
        var configuration = Flyway.configure().dataSource(database)
                .locations("classpath:db/migration");
        if (TestDatabase.isPostgres()) {
            configuration.schemas(SCHEMA);
        }
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }
}
