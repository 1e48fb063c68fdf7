package org.pactum.server.fairshare.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pactum.server.fairshare.FairShareRequest;
import org.pactum.server.fairshare.KeyDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Rows of the custom_key table; the criteria are kept as JSON. */
@Repository
public class KeyDefinitions {

    private static final TypeReference<List<FairShareRequest.CriterionSpec>> CRITERIA = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    KeyDefinitions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM custom_key WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    public void insert(KeyDefinition key, String actor) {
        jdbc.sql("INSERT INTO custom_key (id, title, criteria, created_at, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(key.id(), key.title(), json.writeValueAsString(key.criteria()), Timestamp.from(Instant.now()), actor)
                .update();
    }

    public Optional<KeyDefinition> find(String id) {
        return jdbc.sql("SELECT id, title, criteria FROM custom_key WHERE id = ?").param(id)
                .query((rs, n) -> new KeyDefinition(rs.getString(1), rs.getString(2), json.readValue(rs.getString(3), CRITERIA)))
                .optional();
    }

    public List<KeyDefinition> all() {
        return jdbc.sql("SELECT id, title, criteria FROM custom_key ORDER BY id")
                .query((rs, n) -> new KeyDefinition(rs.getString(1), rs.getString(2), json.readValue(rs.getString(3), CRITERIA)))
                .list();
    }
}
