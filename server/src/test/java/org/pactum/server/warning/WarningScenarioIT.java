package org.pactum.server.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.server.testing.Members.ADMIN;
import static org.pactum.server.testing.Members.ANALYST_DEU;
import static org.pactum.server.testing.Members.VERIFIER;
import static org.pactum.server.testing.Members.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.pactum.server.register.PublicRegister;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An early-warning analyst's story: Malta and France have an agreement in force with a surge clause
 * each; a surge rule watches the Central Mediterranean route (which arrives in Italy and Malta); the
 * analyst runs the scenario "+40 % on the Central Mediterranean route", which raises a surge alert;
 * the alert is audited (but, being hypothetical, not published in the public register), and through the event outbox reaches
 * Malta's surge clause (and not France's). The same scenario again raises nothing new. The stress
 * test of the 2026 pool under the scenario grows the need by 40 % times the route's share of recent
 * detections, computed here from the raw Frontex files.
 */
class WarningScenarioIT extends IntegrationTest {

    static final String AGREEMENT = """
            {"id": "SCENARIO-WARN-MLT", "title": "Reception support for Malta (test)", "type": "burden-sharing",
             "summary": "Surge clauses for Malta and France.", "startsOn": "2026-01-01", "endsOn": "2028-12-31",
             "parties": [{"party": "MLT", "role": "destination"}, {"party": "FRA", "role": "destination"},
                         {"party": "DEU", "role": "donor"}, {"party": "EVALUATOR", "role": "verifier"}],
             "clauses": [
               {"key": "surge-malta", "kind": "SURGE", "title": "Arrivals surge in Malta", "indicator": "arrivals", "party": "MLT",
                "comparison": "ABOVE", "threshold": 1000, "consequence": "activate 300 additional reception places"},
               {"key": "surge-france", "kind": "SURGE", "title": "Arrivals surge in France", "indicator": "arrivals", "party": "FRA",
                "comparison": "ABOVE", "threshold": 5000, "consequence": "activate 500 additional reception places"}],
             "commitments": [{"key": "deu-money", "party": "DEU", "type": "financial-contribution", "quantity": 1000000,
                              "unit": "EUR", "periodStart": "2026-01-01", "periodEnd": "2028-12-31", "indicators": []}],
             "indicators": [],
             "lifecycle": [{"action": "conclude-negotiation", "on": "2025-12-01"}, {"action": "sign", "on": "2025-12-15"},
                           {"action": "enter-into-force", "on": "2026-01-01"}],
             "publish": true}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicRegister register;

    @Test
    void aScenarioRaisesASurgeAlertThatReachesTheSurgeClauseOfADestinationState() throws Exception {
        mvc.perform(post("/api/v1/agreements/import").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON).content(AGREEMENT))
                .andExpect(status().isCreated());

        // a rule that any forecast of arrivals fires (upper 80 % bound above 1 detection a month), and one none can
        mvc.perform(post("/api/v1/early-warning/surge-rules").with(as(ANALYST_DEU)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"id": "scenario-cm-any", "series": "frontex:central-mediterranean", "kind": "UPPER_BOUND",
                                 "threshold": 1, "horizon": 6}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.destinations[0]").value("ITA"))
                .andExpect(jsonPath("$.destinations[1]").value("MLT"));
        mvc.perform(post("/api/v1/early-warning/surge-rules").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"id": "scenario-cm-never", "series": "frontex:central-mediterranean", "kind": "UPPER_BOUND",
                                 "threshold": 100000000, "horizon": 6}"""))
                .andExpect(status().isCreated());
        // a verifier may not define rules; a rule on an unknown series is refused naming the field
        mvc.perform(post("/api/v1/early-warning/surge-rules").with(as(VERIFIER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\": \"x\", \"series\": \"frontex:central-mediterranean\", \"kind\": \"UPPER_BOUND\", \"threshold\": 1}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/early-warning/surge-rules").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"y\", \"series\": \"frontex:atlantis\", \"kind\": \"UPPER_BOUND\", \"threshold\": 1}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("series"));

        // the scenario: 40 % more arrivals than forecast on the Central Mediterranean route
        String raised = mvc.perform(post("/api/v1/early-warning/evaluations").with(as(ANALYST_DEU)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"route\": \"central-mediterranean\", \"percent\": 40}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.ruleId == 'scenario-cm-any')].basis").value("scenario: +40 % on central-mediterranean"))
                .andExpect(jsonPath("$[?(@.ruleId == 'scenario-cm-never')]").isEmpty())
                .andReturn().getResponse().getContentAsString();
        long alertId = Long.parseLong(raised.replaceAll("(?s).*\\{\"id\":(\\d+),\"ruleId\":\"scenario-cm-any\".*", "$1"));
        // the data end in the last month of the raw file; the alert names the months after it
        YearMonth last = FrontexFile.lastMonth(FrontexFile.read("central-mediterranean"));
        mvc.perform(get("/api/v1/early-warning/surge-alerts/" + alertId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dataUntil").value(last.toString()))
                .andExpect(jsonPath("$.targetMonth").value(last.plusMonths(1).toString()));

        // a hypothetical scenario is not a public fact: audited, but not published in the register
        assertThat(register.alreadyPublished(List.of("surge-alert/" + alertId))).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'raise-surge-alert' AND subject = ? AND actor = 'analyst.deu'")
                .param("surge-alert/" + alertId).query(Long.class).single()).isEqualTo(1);

        // through the outbox, onto Malta's surge clause; France is not a destination of the route
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/api/v1/agreements/SCENARIO-WARN-MLT/alerts")
                        .with(as(ADMIN)))
                .andExpect(jsonPath("$[?(@.kind == 'SURGE_ALERT' && @.data =~ /alert=" + alertId + ";clause=surge-malta;.*/)]").isNotEmpty()));
        mvc.perform(get("/api/v1/agreements/SCENARIO-WARN-MLT/alerts").with(as(ADMIN)))
                .andExpect(jsonPath("$[?(@.kind == 'SURGE_ALERT' && @.message =~ /.*surge-malta.*activate 300 additional reception places.*/)]").isNotEmpty())
                .andExpect(jsonPath("$[?(@.data =~ /.*clause=surge-france.*/)]").isEmpty());

        // the same scenario on the same data raises nothing again
        mvc.perform(post("/api/v1/early-warning/evaluations").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"route\": \"central-mediterranean\", \"percent\": 40}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.ruleId == 'scenario-cm-any')]").isEmpty());
        // the alert list shows it as a scenario's, not in the register
        mvc.perform(get("/early-warning/alerts?lang=en")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Scenario: not published")));
    }

    @Test
    void theStressTestGrowsThePoolsNeedByTheScenarioTimesTheRoutesShare() throws Exception {
        // the route's share of all routes over the last twelve months of data, from the raw files
        String[] routes = {"black-sea", "central-mediterranean", "circular-albania-greece", "eastern-borders", "eastern-mediterranean",
            "other", "western-african", "western-balkan", "western-mediterranean"};
        double all = 0;
        double central = 0;
        for (String route : routes) {
            Map<String, TreeMap<YearMonth, Double>> data = FrontexFile.read(route);
            double sum = FrontexFile.lastTwelveMonths(data, FrontexFile.lastMonth(data));
            all += sum;
            central += route.equals("central-mediterranean") ? sum : 0;
        }
        double factor = 1 + 0.40 * central / all;
        String pool = mvc.perform(get("/api/v1/pools/asp-2026")).andReturn().getResponse().getContentAsString();
        long reference = Long.parseLong(pool.replaceAll("(?s).*\"relocationReference\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/early-warning/stress-tests?pool=asp-2026&route=central-mediterranean&percent=40"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referenceNow").value(reference))
                .andExpect(jsonPath("$.referenceStressed").value(Math.round(reference * factor)));
        mvc.perform(get("/api/v1/early-warning/stress-tests?pool=no-such-pool&route=central-mediterranean&percent=40"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("pool"));
        mvc.perform(get("/api/v1/early-warning/stress-tests?pool=asp-2026&route=atlantis&percent=40"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("route"));
        mvc.perform(get("/api/v1/early-warning/stress-tests?pool=asp-2026&route=central-mediterranean&percent=900"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("percent"));
    }
}
