package org.pactum.register.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The register's tables as the server's Flyway migrations leave them on an empty database, built from
 * the very migration files (copied in by the build): V5 creates the register, V9 adds the subjects
 * of its entries, V10 its tiles, and
 * V11, a Java migration, moves an existing register's nodes into tiles and drops {@code register_node},
 * which on an empty register leaves nothing to move.
 */
final class RegisterSchema {

    static final List<String> MIGRATIONS =
            List.of("V5__public_register.sql", "V9__register_subjects.sql", "V10__register_tiles.sql");

    private RegisterSchema() {
    }

    static void create(Connection connection) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            for (String migration : MIGRATIONS) {
                try (InputStream in = RegisterSchema.class.getResourceAsStream("/schema/" + migration)) {
                    String ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
                    for (String sql : ddl.split(";")) {
                        if (!sql.isBlank()) {
                            statement.execute(sql);
                        }
                    }
                }
            }
            statement.execute("DROP TABLE register_node");
        }
    }
}
