package org.pactum.server.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Chooses the database an integration test runs on. The build runs every integration test twice:
 * on embedded H2 ({@code -Dpactum.test.database=h2}) and on the real PostgreSQL server
 * ({@code -Dpactum.test.database=postgresql}, at {@code PACTUM_TEST_PG_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/pactum_test}, user {@code postgres}). The PostgreSQL
 * test database is dropped and created afresh once per test run. When no PostgreSQL server
 * answers, PostgreSQL runs are skipped and reported loudly at the end, unless
 * {@code PACTUM_REQUIRE_POSTGRES=true} (as in CI), which makes them fail.
 */
public final class TestDatabase {

    public static final String H2_URL = "jdbc:h2:mem:pactum-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private static final AtomicBoolean POSTGRES_PREPARED = new AtomicBoolean();
    private static volatile boolean postgresMissing;

    private TestDatabase() {
    }

    public static String kind() {
        return System.getProperty("pactum.test.database", "h2");
    }

    public static boolean isPostgres() {
        return kind().equals("postgresql");
    }

    public static boolean postgresWasMissing() {
        return postgresMissing;
    }

    public static String url() {
        return isPostgres() ? postgresUrl() : H2_URL;
    }

    public static String user() {
        return isPostgres() ? env("PACTUM_TEST_PG_USER", "postgres") : "sa";
    }

    public static String password() {
        return isPostgres() ? env("PACTUM_TEST_PG_PASSWORD", "") : "";
    }

    /** Registers the chosen database with Spring, preparing (or skipping) PostgreSQL first. */
    public static void register(DynamicPropertyRegistry registry) {
        if (isPostgres()) {
            preparePostgres();
        }
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
    }

    /** Call at the start of a test class: aborts (or fails, in CI) when PostgreSQL is wanted but absent. */
    public static void assumeAvailable() {
        if (isPostgres()) {
            preparePostgres();
        }
    }

    private static String postgresUrl() {
        return postgresBase() + "?reWriteBatchedInserts=true";
    }

    private static synchronized void preparePostgres() {
        if (POSTGRES_PREPARED.get()) {
            if (postgresMissing) {
                skipOrFail(null);
            }
            return;
        }
        String base = postgresBase();
        String database = base.substring(base.lastIndexOf('/') + 1);
        try {
            recreate(database);
            POSTGRES_PREPARED.set(true);
            System.out.println("[pactum-test] PostgreSQL test database '" + database + "' created at " + base);
        } catch (SQLException e) {
            POSTGRES_PREPARED.set(true);
            postgresMissing = true;
            skipOrFail(e);
        }
    }

    /**
     * A new, empty PostgreSQL database beside the test database, named {@code <test database><suffix>},
     * for a test that starts applications of its own; dropped first if an earlier run left it.
     *
     * @return its JDBC URL
     */
    public static String freshPostgresDatabase(String suffix) throws SQLException {
        String base = postgresBase();
        String database = base.substring(base.lastIndexOf('/') + 1) + suffix;
        recreate(database);
        return base.substring(0, base.lastIndexOf('/') + 1) + database;
    }

    private static String postgresBase() {
        return env("PACTUM_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/pactum_test");
    }

    private static void recreate(String database) throws SQLException {
        String base = postgresBase();
        String admin = base.substring(0, base.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(admin, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
    }

    private static void skipOrFail(SQLException cause) {
        String message = "No PostgreSQL server answers at " + postgresUrl()
                + (cause == null ? "" : " (" + cause.getMessage() + ")");
        if (Boolean.parseBoolean(env("PACTUM_REQUIRE_POSTGRES", "false"))) {
            Assertions.fail(message + "; PACTUM_REQUIRE_POSTGRES=true demands it");
        }
        Assumptions.abort(message + "; PostgreSQL integration tests skipped");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
