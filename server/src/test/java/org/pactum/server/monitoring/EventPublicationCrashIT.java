package org.pactum.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.server.testing.Members.ADMIN;
import static org.pactum.server.testing.Members.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.pactum.server.testing.FlakyTriggerListener;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No event is lost when the application dies between a trigger evaluation and the delivery of its
 * event: the publication is stored with the evaluation, stays incomplete in
 * {@code event_publication} while delivery fails, and is delivered when incomplete publications
 * are resubmitted (as Pactum does on restart).
 */
class EventPublicationCrashIT extends IntegrationTest {

    static final String ID = "CRASH-TEST-SURGE";

    // A surge clause on Italy's monthly arrivals above 20,000; the verified figure of May 2027 is 23,500.
    static final String DOCUMENT = """
            {"id": "CRASH-TEST-SURGE", "title": "Surge test agreement", "type": "burden-sharing",
             "startsOn": "2027-01-01", "endsOn": "2027-12-31",
             "parties": [{"party": "ITA", "role": "destination"}, {"party": "DEU", "role": "donor"}],
             "clauses": [{"key": "surge", "kind": "SURGE", "title": "Arrivals surge", "indicator": "arrivals",
                          "party": "ITA", "comparison": "ABOVE", "threshold": 20000,
                          "consequence": "activate 1,000 reception places"}],
             "commitments": [{"key": "places", "party": "DEU", "type": "reception-places", "quantity": 1000,
                              "unit": "places", "periodStart": "2027-01-01", "periodEnd": "2027-12-31"}],
             "lifecycle": [{"action": "conclude-negotiation", "on": "2026-12-01"}, {"action": "sign", "on": "2026-12-02"},
                           {"action": "enter-into-force", "on": "2027-01-01"}],
             "indicators": [{"indicator": "arrivals", "party": "ITA", "baseline": 20000, "baselinePeriod": "2026",
                             "targets": {"2027-05": 15000},
                             "reports": [{"period": "2027-05", "value": 23500, "source": "Ministry of the Interior",
                                          "verification": "VERIFIED", "verifier": "verifier",
                                          "verifierParty": "EVALUATOR"}]}]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReviewCalendar calendar;

    @Autowired
    IncompleteEventPublications incomplete;

    private Long incompleteCount() {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%FlakyTriggerListener%' "
                + "AND serialized_event LIKE ? AND completion_date IS NULL").param("%" + ID + "%").query(Long.class).single();
    }

    private Long completeCount() {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%FlakyTriggerListener%' "
                + "AND serialized_event LIKE ? AND completion_date IS NOT NULL").param("%" + ID + "%").query(Long.class).single();
    }

    @Test
    void aBreachWhoseDeliveryDiesIsDeliveredOnResubmission() throws Exception {
        mvc.perform(post("/api/v1/agreements/import").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON).content(DOCUMENT))
                .andExpect(status().isCreated());
        FlakyTriggerListener.failOnceFor(ID);

        calendar.evaluate(LocalDate.of(2027, 6, 3));

        // the evaluation committed its publication; delivery to the flaky listener died and left it incomplete
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(incompleteCount()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM monitoring_alert WHERE agreement_id = ? AND kind = 'TRIGGER_BREACHED'")
                    .param(ID).query(Long.class).single()).isEqualTo(1);
        });
        assertThat(FlakyTriggerListener.delivered(ID)).isEmpty();
        String serialized = jdbc.sql("SELECT serialized_event FROM event_publication WHERE listener_id LIKE '%FlakyTriggerListener%' "
                + "AND serialized_event LIKE ?").param("%" + ID + "%").query(String.class).single();
        assertThat(serialized).contains("\"period\":\"2027-05\"", "\"value\":23500.0", "\"threshold\":20000.0");

        // the restart: incomplete publications are resubmitted and this time delivered
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof MonitoringEvent.TriggerBreached t
                && t.agreementId().equals(ID));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(completeCount()).isEqualTo(1);
            assertThat(incompleteCount()).isZero();
        });
        assertThat(FlakyTriggerListener.delivered(ID)).singleElement()
                .satisfies(e -> {
                    assertThat(e.period()).isEqualTo("2027-05");
                    assertThat(e.value()).isEqualTo(23500.0);
                    assertThat(e.clauseKind()).isEqualTo("SURGE");
                });
        // the evaluation raised the notice once: a second run finds nothing new
        assertThat(calendar.evaluate(LocalDate.of(2027, 6, 4))).isZero();
    }
}
