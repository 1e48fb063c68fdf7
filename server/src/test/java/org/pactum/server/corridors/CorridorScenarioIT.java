package org.pactum.server.corridors;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.pactum.server.testing.Members.ADMIN;
import static org.pactum.server.testing.Members.ANALYST_DEU;
import static org.pactum.server.testing.Members.VERIFIER;
import static org.pactum.server.testing.Members.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The story of one relationship: Italy and Morocco have no agreement in the register, and the
 * scorecard says so. They conclude a readmission agreement (Morocco accepts 1,200 returns; Italy
 * opens 4,000 seasonal work visas) that is in force but not yet published: the public still sees no
 * agreement, the parties' people do, with the returns committed against those carried out and the
 * balance of the relationship. The verifier confirms a pending figure and the verified returns grow.
 */
class CorridorScenarioIT extends IntegrationTest {

    static final String ID = "SCENARIO-ITA-MAR-RETURNS";

    static final String DOCUMENT = """
            {"id": "SCENARIO-ITA-MAR-RETURNS", "title": "Italy-Morocco readmission and mobility (scenario test)",
             "type": "readmission-returns", "startsOn": "2025-01-01", "endsOn": "2026-12-31",
             "parties": [{"party": "ITA", "role": "destination"}, {"party": "MAR", "role": "origin"},
                         {"party": "EVALUATOR", "role": "verifier"}],
             "commitments": [
               {"key": "returns", "party": "MAR", "type": "returns-accepted", "quantity": 1200, "unit": "persons",
                "periodStart": "2025-01-01", "periodEnd": "2026-12-31", "beneficiary": "returnees",
                "indicators": ["returns-accepted"]},
               {"key": "visas", "party": "ITA", "type": "work-visas", "quantity": 4000, "unit": "visas",
                "periodStart": "2025-01-01", "periodEnd": "2026-12-31", "beneficiary": "seasonal-workers"}],
             "lifecycle": [{"action": "conclude-negotiation", "on": "2024-11-01"}, {"action": "sign", "on": "2024-12-01"},
                           {"action": "enter-into-force", "on": "2025-01-01"}],
             "indicators": [{"indicator": "returns-accepted", "party": "MAR", "baseline": 0, "baselinePeriod": "2024",
                             "targets": {"2025": 600, "2026": 600},
                             "reports": [{"period": "2025", "value": 450, "source": "scenario figure",
                                          "verification": "VERIFIED", "verifier": "verifier"},
                                         {"period": "2026", "value": 200, "source": "scenario figure"}]}],
             "publish": false}
            """;

    @Autowired
    MockMvc mvc;

    @Test
    void aReadmissionAgreementAppearsOnTheScorecardOfItsParties() throws Exception {
        // before: nothing between Italy and Morocco in the register
        mvc.perform(get("/api/v1/corridors/ITA/MAR").with(as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agreements", empty()))
                .andExpect(jsonPath("$.balance.givenByA", empty()))
                .andExpect(jsonPath("$.balance.oneSided").value(false));

        mvc.perform(post("/api/v1/agreements/import").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON).content(DOCUMENT))
                .andExpect(status().isCreated());

        // not published: the public and other states' analysts still see no agreement between them
        mvc.perform(get("/api/v1/corridors/ITA/MAR")).andExpect(jsonPath("$.agreements", empty()));
        mvc.perform(get("/api/v1/corridors/ITA/MAR").with(as(ANALYST_DEU))).andExpect(jsonPath("$.agreements", empty()));

        // the verifier, a party, sees it: returns committed 1,200; reported 450 + 200 = 650; verified 450
        mvc.perform(get("/api/v1/corridors/MAR/ITA").with(as(VERIFIER)))
                .andExpect(jsonPath("$.agreements", hasSize(1)))
                .andExpect(jsonPath("$.agreements[0].id").value(ID))
                .andExpect(jsonPath("$.agreements[0].status").value("IN_FORCE"))
                .andExpect(jsonPath("$.agreements[0].returns[0].partyId").value("MAR"))
                .andExpect(jsonPath("$.agreements[0].returns[0].committed").value(1200))
                .andExpect(jsonPath("$.agreements[0].returns[0].reported").value(650))
                .andExpect(jsonPath("$.agreements[0].returns[0].verified").value(450))
                // seen from Morocco (A): Morocco gives returns, Italy (B) gives work visas; nothing one-sided
                .andExpect(jsonPath("$.balance.givenByA[0].typeCode").value("returns-accepted"))
                .andExpect(jsonPath("$.balance.givenByA[0].quantity").value(1200))
                .andExpect(jsonPath("$.balance.givenByB[0].typeCode").value("work-visas"))
                .andExpect(jsonPath("$.balance.givenByB[0].quantity").value(4000))
                .andExpect(jsonPath("$.balance.oneSided").value(false));

        // the verifier confirms the 2026 figure: verified returns 450 + 200 = 650
        String indicators = mvc.perform(get("/api/v1/agreements/" + ID + "/indicators").with(as(ADMIN)))
                .andReturn().getResponse().getContentAsString();
        Number indicatorId = JsonPath.read(indicators, "$[0].id");
        String reports = mvc.perform(get("/api/v1/agreements/" + ID + "/indicators/" + indicatorId + "/reports").with(as(ADMIN)))
                .andReturn().getResponse().getContentAsString();
        List<Number> pending = JsonPath.read(reports, "$[?(@.period == '2026')].id");
        mvc.perform(post("/api/v1/agreements/" + ID + "/reports/" + pending.get(0) + "/verification").with(as(VERIFIER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"state\": \"VERIFIED\", \"reason\": \"\"}"))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(get("/api/v1/corridors/ITA/MAR").with(as(ADMIN)))
                .andExpect(jsonPath("$.agreements[0].returns[0].verified").value(650))
                // seen from Italy (A) the balance is the mirror image
                .andExpect(jsonPath("$.balance.givenByA[0].typeCode").value("work-visas"))
                .andExpect(jsonPath("$.balance.givenByB[0].typeCode").value("returns-accepted"));
    }
}
