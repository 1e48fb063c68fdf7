package org.pactum.server.identity.internal;

import java.util.List;
import java.util.Optional;
import org.pactum.server.identity.Party;
import org.pactum.server.identity.PartyKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of the party table. */
@Repository
public class PartyRepository {

    private static final String COLUMNS = "id, name, kind, country_iso3, contact, description";
    private final JdbcClient jdbc;

    PartyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Party> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM party ORDER BY name").query(PartyRepository::party).list();
    }

    public Optional<Party> findById(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM party WHERE id = ?").param(id).query(PartyRepository::party).optional();
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM party").query(Long.class).single() == 0;
    }

    public void save(Party party) {
        int updated = jdbc.sql("UPDATE party SET name = ?, kind = ?, country_iso3 = ?, contact = ?, description = ? WHERE id = ?")
                .params(party.name(), party.kind().name(), party.countryIso3().orElse(null), party.contact(),
                        party.description(), party.id())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO party (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
                    .params(party.id(), party.name(), party.kind().name(), party.countryIso3().orElse(null),
                            party.contact(), party.description())
                    .update();
        }
    }

    private static Party party(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Party(rs.getString("id"), rs.getString("name"), PartyKind.valueOf(rs.getString("kind")),
                Optional.ofNullable(rs.getString("country_iso3")), rs.getString("contact"), rs.getString("description"));
    }
}
