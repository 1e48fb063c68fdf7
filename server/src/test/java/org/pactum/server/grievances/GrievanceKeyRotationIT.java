package org.pactum.server.grievances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pactum.server.grievances.Complainants.file;
import static org.pactum.server.grievances.Complainants.officerDeu;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pactum.core.grievances.ReceiptCode;
import org.pactum.server.grievances.internal.GrievanceRepository;
import org.pactum.server.grievances.internal.GrievanceRow;
import org.pactum.server.grievances.internal.KeyRotation;
import org.pactum.server.grievances.internal.Keyring;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A key rotation as an operator does it: key "old" was current, "new" is added after it (so it is
 * now current) and "old" stays configured. A complaint and a note sealed with "old" still open;
 * the re-encryption seals them again with "new", after which "new" alone opens them; new
 * complaints are sealed with "new".
 */
@TestPropertySource(properties = "pactum.grievances.keys=" + GrievanceKeyRotationIT.OLD + "," + GrievanceKeyRotationIT.NEW)
class GrievanceKeyRotationIT extends IntegrationTest {

    static final String OLD = "old:AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
    static final String NEW = "new:AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI=";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GrievanceRepository repository;

    @Autowired
    KeyRotation rotation;

    @Test
    void textSealedWithTheOldKeyOpensAndIsSealedAgainWithTheNewOne() throws Exception {
        // a complaint filed while "old" was current, as that installation stored it
        Keyring before = Keyring.parse(OLD, "");
        String digest = HexFormat.of().formatHex(ReceiptCode.generate().digest());
        Instant filed = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        String context = "grievance/" + digest + "/";
        GrievanceRow row = new GrievanceRow(0, "detention", "Rotation: old key", Optional.empty(), Optional.of("DEU"), "DEU", "fr", "old",
                before.seal("Sans avocat depuis trois semaines", context + "description"),
                Optional.of(before.seal("+33 6 00 00 00 00", context + "contact")), "RECEIVED", Optional.empty(), Optional.empty(),
                Optional.empty(), filed, filed.plusSeconds(7 * 86400), Optional.empty(), Optional.empty(), digest);
        long id = repository.insert(HexFormat.of().parseHex(digest), row);
        repository.insertNote(id, "old", before.seal("Lawyer called back", "grievance-note/" + id), filed, "grievance.officer.deu");

        mvc.perform(get("/api/v1/grievances/inbox/" + id).with(officerDeu())).andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("Sans avocat depuis trois semaines"))
                .andExpect(jsonPath("$.contact").value("+33 6 00 00 00 00"))
                .andExpect(jsonPath("$.notes[0].text").value("Lawyer called back"));

        assertThat(rotation.reseal()).isGreaterThanOrEqualTo(2);

        String keyId = jdbc.sql("SELECT key_id FROM grievance WHERE id = ?").param(id).query(String.class).single();
        String description = jdbc.sql("SELECT description_sealed FROM grievance WHERE id = ?").param(id).query(String.class).single();
        String note = jdbc.sql("SELECT body_sealed FROM grievance_note WHERE grievance_id = ?").param(id).query(String.class).single();
        assertThat(keyId).isEqualTo("new");
        assertThat(jdbc.sql("SELECT key_id FROM grievance_note WHERE grievance_id = ?").param(id).query(String.class).single()).isEqualTo("new");
        Keyring after = Keyring.parse(NEW, "");
        assertThat(after.open("new", description, context + "description")).isEqualTo("Sans avocat depuis trois semaines");
        assertThat(after.open("new", note, "grievance-note/" + id)).isEqualTo("Lawyer called back");
        assertThatThrownBy(() -> before.open("old", description, context + "description")).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM grievance WHERE key_id = 'old'").query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/grievances/inbox/" + id).with(officerDeu()))
                .andExpect(jsonPath("$.description").value("Sans avocat depuis trois semaines"));

        file(mvc, "{\"category\": \"other\", \"place\": \"Rotation: new complaint\", \"description\": \"after the rotation\"}");
        assertThat(jdbc.sql("SELECT key_id FROM grievance WHERE place = 'Rotation: new complaint'").query(String.class).single())
                .isEqualTo("new");
    }
}
