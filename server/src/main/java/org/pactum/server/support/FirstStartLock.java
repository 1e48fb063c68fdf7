package org.pactum.server.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Lets one application node at a time do the work of starting: loading the bundled reference data,
 * creating the first accounts, seeding the dictionary and the demo. Every starting task checks
 * whether its work is already done, so a node that starts after another finds nothing to do; two
 * nodes starting together on a new PostgreSQL database would otherwise both find it undone and both
 * do it. On PostgreSQL the first runner takes a session-level advisory lock on a connection of its
 * own and the last runner lets it go (a node that fails to start closes its connections, which lets
 * it go too); the second node waits. An embedded H2 database belongs to one process, so there is
 * nothing to wait for.
 */
@Configuration(proxyBeanMethods = false)
class FirstStartLock {

    /** The advisory lock's key: any fixed number that no other lock of the database uses. */
    static final long KEY = 0x7061637475L; // "pactu"

    private static final Logger log = LoggerFactory.getLogger(FirstStartLock.class);

    private final DataSource dataSource;
    private Connection held;

    FirstStartLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A runner with its place among the others: the first and the last of all. */
    private record Step(int order, ApplicationRunner work) implements ApplicationRunner, Ordered {
        @Override
        public void run(ApplicationArguments args) throws Exception {
            work.run(args);
        }

        @Override
        public int getOrder() {
            return order;
        }
    }

    @Bean
    ApplicationRunner takeFirstStartLock() {
        return new Step(Ordered.HIGHEST_PRECEDENCE, this::take);
    }

    @Bean
    ApplicationRunner releaseFirstStartLock() {
        return new Step(Ordered.LOWEST_PRECEDENCE, this::release);
    }

    private synchronized void take(ApplicationArguments args) throws SQLException {
        Connection connection = dataSource.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            connection.close();
            return;
        }
        try (Statement statement = connection.createStatement()) {
            if (!tryLock(statement)) {
                log.info("Another node of Pactum is starting on this database; waiting until it has finished");
                statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
            }
            held = connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private static boolean tryLock(Statement statement) throws SQLException {
        try (var row = statement.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
            return row.next() && row.getBoolean(1);
        }
    }

    private synchronized void release(ApplicationArguments args) throws SQLException {
        if (held == null) {
            return;
        }
        try (Connection connection = held; Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } finally {
            held = null;
        }
    }
}
