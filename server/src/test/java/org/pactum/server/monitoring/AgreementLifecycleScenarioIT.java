package org.pactum.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.server.testing.Members.ANALYST_DEU;
import static org.pactum.server.testing.Members.ANALYST_FRA;
import static org.pactum.server.testing.Members.VERIFIER;
import static org.pactum.server.testing.Members.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One agreement's story, through the real API and services: Germany drafts a relocation
 * agreement with France and an independent evaluator; the negotiation is concluded, the agreement
 * signed and brought into force; France's quarterly relocations are reported and verified; the
 * second quarter falls below the renegotiation threshold; the review calendar finds the breach,
 * and the agreement is put under review with a renegotiation event on record.
 */
class AgreementLifecycleScenarioIT extends IntegrationTest {

    static final String ID = "SCENARIO-DEU-FRA";

    static final String DRAFT = """
            {"id": "SCENARIO-DEU-FRA", "title": "Franco-German relocation arrangement (test)", "type": "relocation",
             "summary": "France relocates asylum seekers from Germany.", "startsOn": "2027-01-01", "endsOn": "2029-12-31",
             "parties": [{"party": "DEU", "role": "destination"}, {"party": "FRA", "role": "destination"},
                         {"party": "EVALUATOR", "role": "verifier"}],
             "clauses": [
               {"key": "mid-term", "kind": "REVIEW", "title": "Mid-term review", "dueOn": "2027-08-01", "noticeDays": 30},
               {"key": "shortfall", "kind": "RENEGOTIATION_TRIGGER", "title": "Relocations fall short",
                "indicator": "relocations", "party": "FRA", "comparison": "BELOW", "threshold": 400,
                "consequence": "reopen the quotas"}],
             "commitments": []}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReviewCalendar calendar;

    private String act(String action, String on) {
        return "{\"on\": \"" + on + "\"}";
    }

    @Test
    void fromDraftThroughABreachedTriggerToRenegotiation() throws Exception {
        // 1. Germany drafts; the draft is visible to its parties only
        mvc.perform(post("/api/v1/agreements").with(as(ANALYST_DEU)).contentType(MediaType.APPLICATION_JSON).content(DRAFT))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"));
        mvc.perform(get("/api/v1/agreements/" + ID)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/agreements/" + ID).with(as(ANALYST_FRA))).andExpect(status().isOk());

        // 2. no publication without a commitment; France adds its commitment by revising the draft
        mvc.perform(post("/api/v1/agreements/" + ID + "/publication").with(as(ANALYST_DEU)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("no-publication-without-a-commitment"));
        String revised = DRAFT.replace("\"commitments\": []", """
                "commitments": [{"key": "fra-relocations", "party": "FRA", "type": "relocation-places", "quantity": 2000,
                  "unit": "persons", "periodStart": "2027-01-01", "periodEnd": "2027-12-31", "indicators": ["relocations"]}]""");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/agreements/" + ID)
                        .with(as(ANALYST_FRA)).contentType(MediaType.APPLICATION_JSON).content(revised))
                .andExpect(status().isOk()).andExpect(jsonPath("$.commitments[0].quantity").value(2000));

        // 3. the life of the agreement, with its guards
        mvc.perform(post("/api/v1/agreements/" + ID + "/actions/enter-into-force").with(as(ANALYST_DEU))
                        .contentType(MediaType.APPLICATION_JSON).content(act("", "2027-01-01")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("no-entry-into-force-before-signature"));
        perform("conclude-negotiation", "2026-12-01");
        perform("sign", "2026-12-15");
        mvc.perform(post("/api/v1/agreements/" + ID + "/actions/enter-into-force").with(as(ANALYST_DEU))
                        .contentType(MediaType.APPLICATION_JSON).content(act("", "2026-12-14")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("no-entry-into-force-before-signature"));
        perform("enter-into-force", "2027-01-01");
        mvc.perform(post("/api/v1/agreements/" + ID + "/publication").with(as(ANALYST_DEU))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/agreements/" + ID)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_FORCE"));

        // 4. France's relocations are watched: baseline 0, 500 a quarter
        String indicator = mvc.perform(post("/api/v1/agreements/" + ID + "/indicators").with(as(ANALYST_DEU))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"indicatorCode": "relocations", "partyId": "FRA", "baseline": 0, "baselinePeriod": "2026",
                                 "targets": {"2027-Q1": 500, "2027-Q2": 500}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long indicatorId = Long.parseLong(indicator.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
        String reports = "/api/v1/agreements/" + ID + "/indicators/" + indicatorId + "/reports";

        // 5. first quarter: 450 relocations, verified: 450 / 500 = 0.90 of the way -> on track (0.90 >= 0.90)
        long q1 = report(reports, "2027-Q1", 450);
        assertThat(overall()).isEqualTo("NOT_VERIFIABLE");
        verify(q1);
        assertThat(overall()).isEqualTo("ON_TRACK");

        // 6. second quarter: 350 reported, then 340 as a correction (a new version), verified:
        //    340 / 500 = 0.68 -> off track (below 0.70); 340 < 400 breaches the renegotiation trigger
        report(reports, "2027-Q2", 350);
        long q2 = report(reports, "2027-Q2", 340);
        mvc.perform(get(reports)).andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[2].version").value(2)).andExpect(jsonPath("$[1].value").value(350));
        verify(q2);
        mvc.perform(get("/api/v1/agreements/" + ID + "/compliance"))
                .andExpect(jsonPath("$.overall").value("OFF_TRACK"))
                .andExpect(jsonPath("$.periods[0].status").value("ON_TRACK"))
                .andExpect(jsonPath("$.periods[1].status").value("OFF_TRACK"))
                .andExpect(jsonPath("$.periods[1].attainment").value(0.68));

        // 7. the review calendar runs on 5 July 2027: the mid-term review is due in 27 days (1 August),
        //    and the breach of the second quarter fires the renegotiation trigger
        calendar.evaluate(LocalDate.of(2027, 7, 5));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(alerts("TRIGGER_BREACHED")).singleElement().asString()
                    .contains("indicator=relocations;party=FRA;period=2027-Q2;value=340;comparison=BELOW;threshold=400");
            assertThat(alerts("REVIEW_DUE")).hasSize(1);
            assertThat(alerts("RENEGOTIATION_OPENED")).hasSize(1);
        });
        mvc.perform(get("/api/v1/agreements/" + ID)).andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.statusReason").value(org.hamcrest.Matchers.containsString("clause shortfall")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%RenegotiationOpened' "
                        + "AND serialized_event LIKE ? AND completion_date IS NOT NULL")
                .param("%" + ID + "%").query(Long.class).single()).isPositive();

        // 8. the calendar raises each notice once
        assertThat(calendar.evaluate(LocalDate.of(2027, 7, 6))).isZero();
        assertThat(jdbc.sql("SELECT action FROM agreement_history WHERE agreement_id = ? ORDER BY id").param(ID)
                .query(String.class).list()).containsExactly("draft", "revise", "conclude-negotiation", "sign",
                "enter-into-force", "publish", "open-renegotiation");
    }

    private void perform(String action, String on) throws Exception {
        mvc.perform(post("/api/v1/agreements/" + ID + "/actions/" + action).with(as(ANALYST_DEU))
                .contentType(MediaType.APPLICATION_JSON).content(act(action, on))).andExpect(status().isOk());
    }

    private long report(String path, String period, int value) throws Exception {
        String body = mvc.perform(post(path).with(as(ANALYST_FRA)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\": \"" + period + "\", \"value\": " + value + ", \"unit\": \"persons\", "
                                + "\"source\": \"OFPRA relocation log\", \"documents\": \"log-" + period + ".pdf\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.verification").value("PENDING"))
                .andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
    }

    private void verify(long reportId) throws Exception {
        mvc.perform(post("/api/v1/agreements/" + ID + "/reports/" + reportId + "/verification").with(as(VERIFIER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"state\": \"VERIFIED\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.verification").value("VERIFIED"));
    }

    private String overall() throws Exception {
        String body = mvc.perform(get("/api/v1/agreements/" + ID + "/compliance")).andReturn().getResponse().getContentAsString();
        return body.replaceAll(".*\"overall\":\"([A-Z_]+)\".*", "$1");
    }

    private java.util.List<String> alerts(String kind) {
        return jdbc.sql("SELECT message || ' ' || data FROM monitoring_alert WHERE agreement_id = ? AND kind = ?")
                .params(ID, kind).query(String.class).list();
    }
}
