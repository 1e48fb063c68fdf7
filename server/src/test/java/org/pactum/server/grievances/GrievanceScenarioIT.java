package org.pactum.server.grievances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.server.grievances.Complainants.file;
import static org.pactum.server.grievances.Complainants.newConnection;
import static org.pactum.server.grievances.Complainants.officerDeu;
import static org.pactum.server.grievances.Complainants.officerUnhcr;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pactum.server.grievances.internal.Escalation;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * One complaint's story through the real API and services. A person held in a reception centre
 * on a Greek island complains, without naming anyone responsible, about the conditions under the
 * EU–Türkiye statement; the complaint goes to UNHCR's officers (the triage party), who take it up
 * and refer it to Germany's reception authority. From then on UNHCR's officer no longer sees it and
 * Germany's does; she notes a call, and resolves it with a response the complainant reads with the
 * receipt code alone. Every read is in the audit trail. A second complaint about detention, left
 * unanswered past its 7 days, is escalated and appears in UNHCR's inbox beside its own.
 */
class GrievanceScenarioIT extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Escalation escalation;

    @Test
    void aComplaintIsTriagedReferredAndResolvedAndTheComplainantReadsTheAnswer() throws Exception {
        JsonNode filed = file(mvc, """
                {"category": "reception-conditions", "place": "Scenario: reception centre, Samos", "agreement": "DEMO-EU-TUR-2016",
                 "description": "No heating in container 14 since November; children are ill.", "contact": "+30 690 000 0000",
                 "language": "en"}""");
        String code = filed.get("receiptCode").asString();
        // reception conditions: 14 days to answer
        Instant filedAt = Instant.parse(filed.get("filedAt").asString());
        assertThat(Instant.parse(filed.get("dueAt").asString())).isEqualTo(filedAt.plus(Duration.ofDays(14)));
        long id = jdbc.sql("SELECT id FROM grievance WHERE place = ?").param("Scenario: reception centre, Samos").query(Long.class).single();

        follow(code).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.response").doesNotExist());

        // no party named: UNHCR triages
        mvc.perform(get("/api/v1/grievances/inbox?status=RECEIVED&size=1000").with(officerUnhcr())).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].partyId").value("UNHCR"));
        mvc.perform(get("/api/v1/grievances/inbox/" + id).with(officerUnhcr())).andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("No heating in container 14 since November; children are ill."))
                .andExpect(jsonPath("$.contact").value("+30 690 000 0000"));
        step(id, officerUnhcr(), "{\"step\": \"review\"}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
        step(id, officerUnhcr(), "{\"step\": \"refer\", \"party\": \"DEU\", \"unit\": \"Federal reception authority\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REFERRED"));
        follow(code).andExpect(jsonPath("$.status").value("REFERRED"))
                .andExpect(jsonPath("$.referredTo").value("Federal reception authority (DEU)"));

        // referred: Germany's officer handles it, UNHCR's no longer sees it
        mvc.perform(get("/api/v1/grievances/inbox/" + id).with(officerUnhcr())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/grievances/inbox/" + id + "/notes").with(officerDeu()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Called the centre manager; heaters ordered.\"}")).andExpect(status().isCreated());
        // a complaint cannot be resolved without a response
        step(id, officerDeu(), "{\"step\": \"resolve\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("response"));
        step(id, officerDeu(), "{\"step\": \"resolve\", \"response\": \"Heaters were installed in every container on 12 December.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RESOLVED"));
        // closed for good
        step(id, officerDeu(), "{\"step\": \"review\"}").andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("grievance-steps"));

        mvc.perform(get("/api/v1/grievances/inbox/" + id).with(officerDeu())).andExpect(status().isOk())
                .andExpect(jsonPath("$.notes[0].text").value("Called the centre manager; heaters ordered."))
                .andExpect(jsonPath("$.steps.length()").value(4));
        follow(code).andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.response").value("Heaters were installed in every container on 12 December."))
                .andExpect(jsonPath("$.steps[*].status").value(org.hamcrest.Matchers.contains("RECEIVED", "UNDER_REVIEW", "REFERRED", "RESOLVED")));

        // every read is audited: UNHCR's officer opened it once (the 404 after the referral read nothing), Germany's once,
        // and the complainant followed it three times
        assertThat(audited("grievance.read", id, "grievance.officer")).isEqualTo(1);
        assertThat(audited("grievance.read", id, "grievance.officer.deu")).isEqualTo(1);
        assertThat(audited("grievance.follow", id, "anonymous")).isEqualTo(3);
    }

    @Test
    void anUnansweredComplaintIsEscalatedToTheTriageParty() throws Exception {
        JsonNode filed = file(mvc, """
                {"category": "detention", "place": "Scenario: pre-removal centre", "party": "DEU",
                 "description": "Held for three weeks without seeing a lawyer."}""");
        long id = jdbc.sql("SELECT id FROM grievance WHERE place = ?").param("Scenario: pre-removal centre").query(Long.class).single();
        Instant due = Instant.parse(filed.get("dueAt").asString());
        mvc.perform(get("/api/v1/grievances/inbox/" + id).with(officerUnhcr())).andExpect(status().isNotFound());

        // detention: 7 days; one second after the deadline it is escalated, once
        escalation.escalateOverdue(due);
        assertThat(escalatedAt(id)).isNull();
        assertThat(escalation.escalateOverdue(due.plusSeconds(1))).isGreaterThanOrEqualTo(1);
        assertThat(escalatedAt(id)).isNotNull();
        escalation.escalateOverdue(due.plusSeconds(2));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM grievance_step WHERE grievance_id = ? AND status = 'ESCALATED'").param(id)
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/api/v1/grievances/inbox/" + id).with(officerUnhcr())).andExpect(status().isOk())
                .andExpect(jsonPath("$.partyId").value("DEU")).andExpect(jsonPath("$.escalatedAt").exists());
        follow(filed.get("receiptCode").asString()).andExpect(jsonPath("$.escalated").value(true))
                .andExpect(jsonPath("$.steps[1].status").value("ESCALATED"));
    }

    private org.springframework.test.web.servlet.ResultActions follow(String code) throws Exception {
        return mvc.perform(post("/api/v1/grievances/receipts").with(newConnection()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"" + code + "\"}"));
    }

    private org.springframework.test.web.servlet.ResultActions step(long id, org.springframework.test.web.servlet.request.RequestPostProcessor who,
            String json) throws Exception {
        return mvc.perform(post("/api/v1/grievances/inbox/" + id + "/steps").with(who).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private java.sql.Timestamp escalatedAt(long id) {
        return jdbc.sql("SELECT escalated_at FROM grievance WHERE id = ?").param(id).query((rs, n) -> java.util.Optional.ofNullable(rs.getTimestamp(1))).single().orElse(null);
    }

    private long audited(String action, long id, String actor) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = ? AND subject = ? AND actor = ?")
                .params(action, "grievance " + id, actor).query(Long.class).single();
    }
}
