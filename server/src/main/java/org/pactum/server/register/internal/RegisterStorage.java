package org.pactum.server.register.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.pactum.register.jdbc.JdbcRegisterLog;
import org.pactum.register.jdbc.RegisterStorageException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Runs the register's plain-JDBC storage ({@link JdbcRegisterLog}) on the connection of the current
 * Spring transaction, so that a publication commits or rolls back with the change that made it, and
 * turns its SQL errors into Spring's {@link DataAccessException}s.
 */
@Component
public class RegisterStorage {

    /** Work on the log that may fail with an SQL error. */
    @FunctionalInterface
    public interface Work<T> {
        T on(JdbcRegisterLog log) throws SQLException;
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    RegisterStorage(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Runs {@code work} on the current transaction's connection (or a connection of its own outside one). */
    public <T> T run(String task, Work<T> work) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return work.on(new JdbcRegisterLog(connection));
        } catch (SQLException e) {
            throw translate(task, e);
        } catch (RegisterStorageException e) {
            throw translate(task, e.getCause());
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private DataAccessException translate(String task, SQLException e) {
        DataAccessException translated = jdbc.getExceptionTranslator().translate(task, null, e);
        return translated != null ? translated : new org.springframework.jdbc.UncategorizedSQLException(task, null, e);
    }
}
