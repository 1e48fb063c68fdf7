package org.pactum.register.jdbc;

import java.sql.SQLException;

/** A database error met where the core's interfaces allow no checked exception (reading tree nodes). */
public final class RegisterStorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RegisterStorageException(String message, SQLException cause) {
        super(message, cause);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
