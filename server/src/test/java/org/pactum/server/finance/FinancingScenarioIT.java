package org.pactum.server.finance;

import org.pactum.core.finance.iati.IatiSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.pactum.server.testing.Members.ADMIN;
import static org.pactum.server.testing.Members.ANALYST_DEU;
import static org.pactum.server.testing.Members.ANALYST_FRA;
import static org.pactum.server.testing.Members.VERIFIER;
import static org.pactum.server.testing.Members.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * One grant's story, through the real API and services: Germany gives France a EUR 1,000,000.00
 * grant in three tranches, each tied to France's verified relocations in a quarter. An unverified
 * figure releases nothing; once verified, tranche 1 is released and disbursed through the outbox;
 * a disputed figure withholds tranche 2 with the verifier's reason on the financing plan; a
 * disbursement beyond the commitment is refused; and the ledger balances to the cent.
 */
class FinancingScenarioIT extends IntegrationTest {

    static final String ID = "SCENARIO-FIN-DEU-FRA";
    static final String GRANT = "SCENARIO-FIN-DEU-FRA-GRANT-1";

    static final String AGREEMENT = """
            {"id": "SCENARIO-FIN-DEU-FRA", "title": "Relocation support grant (test)", "type": "relocation",
             "summary": "Germany pays France for relocations in phases.", "startsOn": "2027-01-01", "endsOn": "2029-12-31",
             "parties": [{"party": "DEU", "role": "donor"}, {"party": "FRA", "role": "destination"},
                         {"party": "EVALUATOR", "role": "verifier"}],
             "clauses": [],
             "commitments": [{"key": "fra-relocations", "party": "FRA", "type": "relocation-places", "quantity": 1200,
                              "unit": "persons", "periodStart": "2027-01-01", "periodEnd": "2027-12-31", "indicators": ["relocations"]}],
             "indicators": [{"indicator": "relocations", "party": "FRA", "baseline": 0, "baselinePeriod": "2026",
                             "targets": {"2027-Q1": 400, "2027-Q2": 400, "2027-Q3": 400}, "reports": []}],
             "lifecycle": [{"action": "conclude-negotiation", "on": "2026-12-01"}, {"action": "sign", "on": "2026-12-15"},
                           {"action": "enter-into-force", "on": "2027-01-01"}],
             "publish": true}
            """;

    static final String INSTRUMENT = """
            {"id": "SCENARIO-FIN-DEU-FRA-GRANT-1", "agreementId": "SCENARIO-FIN-DEU-FRA", "kind": "GRANT",
             "title": "Relocation support", "donor": "DEU", "recipient": "FRA", "amount": "1000000.00", "currency": "EUR",
             "tranches": [
               {"id": "T1", "amount": "400000.00", "dueOn": "2027-04-30", "period": "2027-Q1",
                "conditions": [{"indicator": "relocations", "comparison": "AT_LEAST", "threshold": "400"}]},
               {"id": "T2", "amount": "350000.00", "dueOn": "2027-07-31", "period": "2027-Q2",
                "conditions": [{"indicator": "relocations", "comparison": "AT_LEAST", "threshold": "400"}]},
               {"id": "T3", "amount": "250000.00", "dueOn": "2027-10-31", "period": "2027-Q3",
                "conditions": [{"indicator": "relocations", "comparison": "AT_LEAST", "threshold": "400"}]}]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGrantReleasedOnVerifiedFiguresAndWithheldOnADisputedOne() throws Exception {
        // 1. the agreement, in force, with France's quarterly relocations watched
        mvc.perform(post("/api/v1/agreements/import").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON).content(AGREEMENT))
                .andExpect(status().isCreated());
        String indicators = mvc.perform(get("/api/v1/agreements/" + ID + "/indicators")).andReturn().getResponse().getContentAsString();
        long indicatorId = Long.parseLong(indicators.replaceAll("^\\[\\{\"id\":(\\d+),.*", "$1"));
        String reports = "/api/v1/agreements/" + ID + "/indicators/" + indicatorId + "/reports";

        // 2. Germany records the grant: 400,000.00 + 350,000.00 + 250,000.00 = 1,000,000.00, and commits it
        mvc.perform(post("/api/v1/finance/instruments").with(as(ANALYST_DEU)).contentType(MediaType.APPLICATION_JSON).content(INSTRUMENT))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount.minorUnits").value(100_000_000L))
                .andExpect(jsonPath("$.tranches.length()").value(3))
                .andExpect(jsonPath("$.tranches[0].status").value("PLANNED"));
        transaction("""
                {"id": "FIN-C1", "instrumentId": "%s", "type": "OUTGOING_COMMITMENT", "amount": "1000000.00", "currency": "EUR",
                 "date": "2027-01-10"}""").andExpect(status().isCreated());

        // 3. France reports 450 relocations for Q1; not yet verified, the decision withholds tranche 1
        long q1 = report(reports, "2027-Q1", 450);
        decide("T1", "2027-04-30").andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("WITHHOLD"))
                .andExpect(jsonPath("$.releasedMinor").value(0))
                .andExpect(jsonPath("$.reasons[0]").value(containsString("not verified yet")));

        // 4. the evaluator verifies; 450 >= 400: tranche 1 is released in full, and the outbox disburses it
        verify(q1, "VERIFIED", "");
        String decided = decide("T1", "2027-05-05").andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("RELEASE"))
                .andExpect(jsonPath("$.releasedMinor").value(40_000_000L))
                .andReturn().getResponse().getContentAsString();
        long releaseDecision = Long.parseLong(decided.replaceAll("^\\{\"decisionId\":(\\d+),.*", "$1"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT amount_minor FROM finance_transaction WHERE decision_id = ? AND type_code = 3")
                .param(releaseDecision).query(Long.class).list()).containsExactly(40_000_000L));
        decide("T1", "2027-05-06").andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("released-tranches-are-final"));

        // 5. Q2: 420 reported, disputed by the evaluator; tranche 2 is withheld with the verifier's reason
        long q2 = report(reports, "2027-Q2", 420);
        verify(q2, "DISPUTED", "transfers between centres counted twice");
        decide("T2", "2027-07-31").andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("WITHHOLD"))
                .andExpect(jsonPath("$.withheldMinor").value(35_000_000L))
                .andExpect(jsonPath("$.explanation").value(containsString("disputed: transfers between centres counted twice")));
        mvc.perform(get("/finance/agreements/" + ID)).andExpect(status().isOk())
                .andExpect(content().string(containsString("transfers between centres counted twice")));

        // 6. France spends 150,000.00 on reception, then corrects 20,000.00 of it as a reversal
        transaction("""
                {"id": "FIN-E1", "instrumentId": "%s", "type": "EXPENDITURE", "amount": "150000.00", "currency": "EUR",
                 "date": "2027-06-30", "finalUse": "RECEPTION"}""").andExpect(status().isCreated());
        transaction("""
                {"id": "FIN-E1-FIX", "instrumentId": "%s", "type": "REVERSAL", "reverses": "FIN-E1", "amount": "20000.00",
                 "currency": "EUR", "date": "2027-07-15", "reason": "ineligible costs"}""").andExpect(status().isCreated());

        // 7. a disbursement of 700,000.00 would bring disbursements to 1,100,000.00 > 1,000,000.00 committed: refused, nothing stored
        long before = jdbc.sql("SELECT COUNT(*) FROM finance_transaction WHERE instrument_id = ?").param(GRANT).query(Long.class).single();
        transaction("""
                {"id": "FIN-D2", "instrumentId": "%s", "type": "DISBURSEMENT", "amount": "700000.00", "currency": "EUR",
                 "date": "2027-08-01"}""").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("amount"))
                .andExpect(jsonPath("$.detail").value(containsString("override reason")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM finance_transaction WHERE instrument_id = ?").param(GRANT).query(Long.class).single())
                .isEqualTo(before);

        // 8. the ledger balances, by hand: committed 1,000,000.00; disbursed 400,000.00 (tranche 1);
        //    spent 150,000.00 - 20,000.00 = 130,000.00; undisbursed 1,000,000.00 - 400,000.00 = 600,000.00
        mvc.perform(get("/api/v1/finance/agreements/" + ID)).andExpect(status().isOk())
                .andExpect(jsonPath("$.instruments[0].flow.committed.minorUnits").value(100_000_000L))
                .andExpect(jsonPath("$.instruments[0].flow.disbursed.minorUnits").value(40_000_000L))
                .andExpect(jsonPath("$.instruments[0].flow.spent.minorUnits").value(13_000_000L))
                .andExpect(jsonPath("$.instruments[0].tranches[0].status").value("RELEASE"))
                .andExpect(jsonPath("$.instruments[0].tranches[1].status").value("WITHHOLD"))
                .andExpect(jsonPath("$.instruments[0].tranches[2].status").value("PLANNED"))
                .andExpect(jsonPath("$.curve[-1].committedMinor").value(100_000_000L))
                .andExpect(jsonPath("$.curve[-1].disbursedMinor").value(40_000_000L))
                .andExpect(jsonPath("$.curve[-1].spentMinor").value(13_000_000L));
        Long balance = jdbc.sql("SELECT SUM(CASE WHEN type_code = 2 THEN amount_minor WHEN type_code = 3 THEN -amount_minor ELSE 0 END) "
                + "FROM finance_transaction WHERE instrument_id = ?").param(GRANT).query(Long.class).single();
        assertThat(balance).isEqualTo(60_000_000L);

        // 9. every decision went through the outbox to the disbursement listener (the register listens too), and every write is on the audit trail: the instrument, the commitment,
        //    three decisions, the disbursement of tranche 1, the expenditure and its reversal = 8 records
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%TrancheDecided' AND serialized_event LIKE ? "
                                + "AND listener_id LIKE '%ReleaseDisbursements%' AND completion_date IS NOT NULL").param("%" + GRANT + "%").query(Long.class).single()).isEqualTo(3L));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action LIKE 'finance.%' AND (subject LIKE ? OR detail LIKE ?)")
                .params("%" + GRANT + "%", "%" + GRANT + "%").query(Long.class).single()).isEqualTo(8L);

        // 10. the agreement's IATI export validates against the official schema
        String xml = mvc.perform(get("/api/v1/finance/iati").param("agreement", ID)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(IatiSchema.errors(xml)).isEmpty();
        assertThat(xml).contains("XI-PACTUM-DEU-" + ID).contains("value-date=\"2027-05-05\"");
    }

    private ResultActions transaction(String json) throws Exception {
        return mvc.perform(post("/api/v1/finance/transactions").with(as(ANALYST_DEU)).contentType(MediaType.APPLICATION_JSON)
                .content(json.formatted(GRANT)));
    }

    private ResultActions decide(String tranche, String on) throws Exception {
        return mvc.perform(post("/api/v1/finance/instruments/" + GRANT + "/tranches/" + tranche + "/decisions").with(as(ANALYST_DEU))
                .contentType(MediaType.APPLICATION_JSON).content("{\"on\": \"" + on + "\"}"));
    }

    private long report(String reports, String period, int value) throws Exception {
        String body = mvc.perform(post(reports).with(as(ANALYST_FRA)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\": \"" + period + "\", \"value\": " + value + ", \"unit\": \"persons\", \"source\": \"OFPRA\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
    }

    private void verify(long reportId, String state, String reason) throws Exception {
        mvc.perform(post("/api/v1/agreements/" + ID + "/reports/" + reportId + "/verification").with(as(VERIFIER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"state\": \"" + state + "\", \"reason\": \"" + reason + "\"}"))
                .andExpect(status().isOk());
    }
}
