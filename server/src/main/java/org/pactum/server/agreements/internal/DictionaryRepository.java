package org.pactum.server.agreements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pactum.core.compliance.Direction;
import org.pactum.server.agreements.DictionaryEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of the dictionary: every version kept, one current per code. */
@Repository
public class DictionaryRepository {

    private static final String COLUMNS = "list_code, code, version, label, description, unit, direction, aggregation, mapping";
    private final JdbcClient jdbc;

    DictionaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DictionaryEntry> current() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dictionary_entry WHERE is_current ORDER BY list_code, code")
                .query(DictionaryRepository::entry).list();
    }

    public Optional<DictionaryEntry> current(String list, String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dictionary_entry WHERE is_current AND list_code = ? AND code = ?")
                .params(list, code).query(DictionaryRepository::entry).optional();
    }

    public List<DictionaryEntry> versions(String list, String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dictionary_entry WHERE list_code = ? AND code = ? ORDER BY version")
                .params(list, code).query(DictionaryRepository::entry).list();
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM dictionary_entry").query(Long.class).single() == 0;
    }

    /** Stores the entry as the next version of its code; the previous version stays, no longer current. */
    public DictionaryEntry saveNewVersion(DictionaryEntry entry, String actor) {
        int next = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM dictionary_entry WHERE list_code = ? AND code = ?")
                .params(entry.list(), entry.code()).query(Integer.class).single();
        jdbc.sql("UPDATE dictionary_entry SET is_current = FALSE WHERE list_code = ? AND code = ?")
                .params(entry.list(), entry.code()).update();
        DictionaryEntry saved = entry.withVersion(next);
        jdbc.sql("INSERT INTO dictionary_entry (" + COLUMNS + ", is_current, created_at, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)")
                .params(saved.list(), saved.code(), saved.version(), saved.label(), saved.description(),
                        saved.unit().orElse(null), saved.direction().map(Enum::name).orElse(null),
                        saved.aggregation().map(Enum::name).orElse(null), saved.mapping(), Timestamp.from(Instant.now()), actor)
                .update();
        return saved;
    }

    private static DictionaryEntry entry(ResultSet rs, int row) throws SQLException {
        return new DictionaryEntry(rs.getString("list_code"), rs.getString("code"), rs.getInt("version"),
                rs.getString("label"), rs.getString("description"), Optional.ofNullable(rs.getString("unit")),
                Optional.ofNullable(rs.getString("direction")).map(Direction::valueOf),
                Optional.ofNullable(rs.getString("aggregation")).map(DictionaryEntry.Aggregation::valueOf),
                rs.getString("mapping"));
    }
}
