package org.pactum.server.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.pactum.server.allocation.Cases.DESTINATIONS;
import static org.pactum.server.allocation.Cases.IDS;
import static org.pactum.server.allocation.Cases.PERSONS;
import static org.pactum.server.testing.Members.ADMIN;
import static org.pactum.server.testing.Members.ALLOCATION_OFFICER_DEU;
import static org.pactum.server.testing.Members.ALLOCATION_OFFICER_FRA;
import static org.pactum.server.testing.Members.ANALYST_DEU;
import static org.pactum.server.testing.Members.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.pactum.server.register.PublicRegister;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole story of an allocation run over the API: Germany's allocation officer uploads ten
 * households and three destinations, follows the progress until the run is done, reads the summary,
 * pages through the placements, reads an explanation and exports the CSV. The stored placement is
 * checked here against every rule and against the optimum found by enumerating all 3^10 placements;
 * the household ids of the upload never reach the database; another party's officer, an analyst, an
 * administrator and the public cannot read the households; and only aggregate totals are published.
 */
class AllocationApiIT extends IntegrationTest {

    static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicRegister register;

    @Test
    void anOfficerUploadsRunsReviewsAndExportsAnOptimalPlacement() throws Exception {
        long id = Cases.runToCompletion(mvc, json, "batch");

        JsonNode summary = read("/api/v1/allocation/runs/" + id);
        assertThat(summary.path("status").asString()).as(summary.path("failure").toString()).isEqualTo("COMPLETED");
        assertThat(summary.path("party").asString()).isEqualTo("DEU");
        assertThat(summary.path("mode").asString()).isEqualTo("batch");
        assertThat(summary.path("households").asInt()).isEqualTo(10);
        assertThat(summary.path("persons").asLong()).isEqualTo(25);
        assertThat(summary.path("scoreSource").asString()).isEqualTo("scores given in the upload");
        assertThat(summary.path("progressPercent").asInt()).isEqualTo(100);

        // the placement, page by page (4 + 4 + 2), in the order of the upload
        int[] placement = new int[10];
        for (int page = 0; page < 3; page++) {
            JsonNode slice = read("/api/v1/allocation/runs/" + id + "/placements?size=4&page=" + page);
            assertThat(slice.path("totalItems").asLong()).isEqualTo(10);
            assertThat(slice.path("items").size()).isEqualTo(page < 2 ? 4 : 2);
            for (JsonNode p : slice.path("items")) {
                int row = p.path("row").asInt();
                placement[row - 1] = List.of(DESTINATIONS).indexOf(p.path("destination").asString());
                assertThat(p.path("persons").asInt()).isEqualTo(PERSONS[row - 1]);
            }
        }
        assertThat(Cases.violations(placement)).as("rules broken by the stored placement").isEmpty();
        double objective = 0;
        for (int i = 0; i < 10; i++) {
            objective += Cases.value(i, placement[i]);
        }
        double optimum = Cases.bruteForceOptimum();
        assertThat(summary.path("objective").asDouble()).isCloseTo(objective, within(1e-6));
        assertThat(objective).as("objective against the enumerated optimum").isCloseTo(optimum, within(1e-6));
        assertThat(summary.path("upperBound").asDouble()).isGreaterThanOrEqualTo(optimum - 1e-6);
        assertThat(summary.path("gap").asDouble()).isBetween(0.0, 1e-4);
        assertThat(summary.path("provenOptimal").asBoolean()).isTrue();

        // per-destination totals agree with the placement
        for (JsonNode d : summary.path("destinations")) {
            int index = List.of(DESTINATIONS).indexOf(d.path("destination").asString());
            int households = 0;
            long persons = 0;
            for (int i = 0; i < 10; i++) {
                if (placement[i] == index) {
                    households++;
                    persons += PERSONS[i];
                }
            }
            assertThat(d.path("households").asInt()).isEqualTo(households);
            assertThat(d.path("persons").asLong()).isEqualTo(persons);
        }

        // one household's explanation: its score there and the best other destination it may go to
        JsonNode fifth = read("/api/v1/allocation/runs/" + id + "/households/5");
        assertThat(fifth.path("destination").asString()).isEqualTo(DESTINATIONS[placement[4]]);
        assertThat(fifth.path("score").asDouble()).isCloseTo((float) Cases.SCORES[4][placement[4]], within(1e-6));
        assertThat(fifth.path("scores").get(2).path("score").isNull()).as("incompatible at C").isTrue();
        int best = -1;
        for (int d = 0; d < 3; d++) {
            if (d != placement[4] && !Double.isNaN(Cases.SCORES[4][d]) && (best < 0 || Cases.SCORES[4][d] > Cases.SCORES[4][best])) {
                best = d;
            }
        }
        assertThat(fifth.path("bestAlternative").asString()).isEqualTo(DESTINATIONS[best]);
        // found by its id in the officer's own file, which is pseudonymised for the search and not kept
        mvc.perform(post("/api/v1/allocation/runs/" + id + "/households/search").with(as(ALLOCATION_OFFICER_DEU))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"householdId\": \"" + IDS[4] + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.row").value(5));
        mvc.perform(post("/api/v1/allocation/runs/" + id + "/households/search").with(as(ALLOCATION_OFFICER_DEU))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"householdId\": \"BAMF-2026-9999\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/allocation/runs/" + id + "/households/search").with(as(ALLOCATION_OFFICER_FRA))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"householdId\": \"" + IDS[4] + "\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/allocation/runs/" + id + "/households/11").with(as(ALLOCATION_OFFICER_DEU)))
                .andExpect(status().isNotFound()).andExpect(header().string("Content-Type", containsString(PROBLEM)));

        // the export lists every household with the same destination
        String csv = mvc.perform(get("/api/v1/allocation/runs/" + id + "/placements.csv").with(as(ALLOCATION_OFFICER_DEU)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("row,pseudonym,persons,tied_to,destination,score");
        assertThat(lines).hasSize(11);
        for (int i = 0; i < 10; i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            assertThat(cells[0]).isEqualTo(String.valueOf(i + 1));
            assertThat(cells[4]).isEqualTo(DESTINATIONS[placement[i]]);
        }

        // only aggregate totals reach the public register
        register.integrate();
        String published = jdbc.sql("SELECT leaf FROM register_entry WHERE subject = ?").param("allocation-run/" + id)
                .query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.UTF_8)).single();
        JsonNode fact = json.readTree(published);
        assertThat(fact.path("kind").asString()).isEqualTo("allocation-run-completed");
        assertThat(fact.path("payload").path("households").asInt()).isEqualTo(10);
        assertThat(fact.path("payload").path("destinations").size()).isEqualTo(3);
        String firstPseudonym = lines.get(1).split(",")[1];
        assertThat(published).doesNotContain(firstPseudonym).doesNotContain("BAMF-");
    }

    @Test
    void theIdsOfTheUploadNeverReachTheDatabase() throws Exception {
        long id = Cases.runToCompletion(mvc, json, "greedy");
        StringBuilder everything = new StringBuilder();
        for (String table : List.of("allocation_run", "allocation_destination", "allocation_case", "audit_record", "register_pending")) {
            everything.append(jdbc.sql("SELECT * FROM " + table).query().listOfRows());
        }
        everything.append(jdbc.sql("SELECT leaf FROM register_entry").query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.UTF_8)).list());
        for (String original : IDS) {
            assertThat(everything.toString()).as("database rows").doesNotContain(original);
        }
        assertThat(everything.toString()).doesNotContain("BAMF-2026");

        // the pseudonym is HMAC-SHA256 under the server key over party and id, computed here independently
        String key = Files.readString(Path.of("target/pactum-home/keys/allocation-pseudonym-key")).strip();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
        String expected = "h" + HexFormat.of().formatHex(mac.doFinal(("DEU\n" + IDS[0]).getBytes(StandardCharsets.UTF_8)), 0, 16);
        assertThat(jdbc.sql("SELECT pseudonym FROM allocation_case WHERE run_id = ? AND row_number = 1").param(id).query(String.class).single())
                .isEqualTo(expected);
        // no column of the household table could hold a name
        List<String> columns = new ArrayList<>(jdbc.sql("SELECT * FROM allocation_case WHERE run_id = ?").param(id).query().listOfRows().get(0)
                .keySet().stream().map(String::toLowerCase).toList());
        assertThat(columns).noneMatch(c -> c.contains("name") || c.contains("birth"));
    }

    @Test
    void onlyTheOwningPartysOfficersReadTheHouseholds() throws Exception {
        long id = Cases.runToCompletion(mvc, json, "quota-only");
        String run = "/api/v1/allocation/runs/" + id;
        for (String path : List.of(run, run + "/progress", run + "/placements", run + "/households/1", run + "/placements.csv")) {
            // another party's officer: as if the run did not exist
            mvc.perform(get(path).with(as(ALLOCATION_OFFICER_FRA))).andExpect(status().isNotFound())
                    .andExpect(header().string("Content-Type", containsString(PROBLEM)))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("\"pseudonym\""))));
            // the public and an analyst of the very party
            mvc.perform(get(path)).andExpect(status().isUnauthorized()).andExpect(header().string("Content-Type", containsString(PROBLEM)));
            mvc.perform(get(path).with(as(ANALYST_DEU))).andExpect(status().isForbidden())
                    .andExpect(header().string("Content-Type", containsString(PROBLEM)));
        }
        // administrators see the summary and totals, never the households
        mvc.perform(get(run).with(as(ADMIN))).andExpect(status().isOk()).andExpect(jsonPath("$.households").value(10));
        for (String path : List.of(run + "/placements", run + "/households/1", run + "/placements.csv")) {
            mvc.perform(get(path).with(as(ADMIN))).andExpect(status().isForbidden())
                    .andExpect(header().string("Content-Type", containsString(PROBLEM)));
        }
        // the lists: France's officer does not see Germany's run
        JsonNode french = json.readTree(mvc.perform(get("/api/v1/allocation/runs?size=1000").with(as(ALLOCATION_OFFICER_FRA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (JsonNode r : french.path("items")) {
            assertThat(r.path("party").asString()).isEqualTo("FRA");
        }
        // the pages
        mvc.perform(get("/allocation/runs/" + id + "/households").accept(org.springframework.http.MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/allocation/runs/" + id + "/households").with(as(ALLOCATION_OFFICER_FRA))).andExpect(status().isNotFound());
        mvc.perform(get("/allocation/runs/" + id + "/households").with(as(ALLOCATION_OFFICER_DEU))).andExpect(status().isOk());
        mvc.perform(get("/allocation")).andExpect(status().isOk());
        mvc.perform(get("/allocation?lang=fr").with(as(ALLOCATION_OFFICER_DEU))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lancer un calcul")));
        mvc.perform(get("/allocation/runs/" + id + "?lang=fr").with(as(ALLOCATION_OFFICER_DEU))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Calcul d\u2019allocation " + id)));
        mvc.perform(get("/allocation/runs/" + id + "/households/1?lang=fr").with(as(ALLOCATION_OFFICER_DEU))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ménage du rang 1")));
        mvc.perform(get("/allocation/runs/" + id).with(as(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("households-link"))));
        // unknown and malformed ids
        mvc.perform(get("/api/v1/allocation/runs/999999999").with(as(ALLOCATION_OFFICER_DEU))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/allocation/runs/abc").with(as(ALLOCATION_OFFICER_DEU))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/allocation/runs?size=0").with(as(ALLOCATION_OFFICER_DEU))).andExpect(status().isBadRequest());
    }

    @Test
    void dynamicModePlacesWeekByWeekAndReportsTheHindsightBound() throws Exception {
        String body = mvc.perform(Cases.upload(Cases.destinationsCsv(), Cases.householdsCsv()).param("mode", "dynamic").param("weeks", "2")
                        .param("tieBonus", String.valueOf(Cases.TIE_BONUS)).with(as(ALLOCATION_OFFICER_DEU)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).path("id").asLong();
        Cases.awaitFinished(mvc, json, id);
        JsonNode summary = read("/api/v1/allocation/runs/" + id);
        assertThat(summary.path("status").asString()).as(summary.path("failure").toString()).isEqualTo("COMPLETED");
        assertThat(summary.path("weeks").asInt()).isEqualTo(2);
        assertThat(summary.path("method").asString()).startsWith("dynamic (2 weekly batches");
        int[] placement = new int[10];
        for (JsonNode p : read("/api/v1/allocation/runs/" + id + "/placements?size=10").path("items")) {
            placement[p.path("row").asInt() - 1] = List.of(DESTINATIONS).indexOf(p.path("destination").asString());
        }
        assertThat(Cases.violations(placement)).isEmpty();
        double objective = 0;
        for (int i = 0; i < 10; i++) {
            objective += Cases.value(i, placement[i]);
        }
        assertThat(summary.path("objective").asDouble()).isCloseTo(objective, within(1e-6));
        // the hindsight bound is at least the best placement of the whole year, found here by enumeration
        assertThat(summary.path("upperBound").asDouble()).isGreaterThanOrEqualTo(Cases.bruteForceOptimum() - 1e-6);
    }

    @Test
    void quotaMaximumsCanComeFromASolidarityPoolsFairShares() throws Exception {
        String destinations = Cases.destinationsCsv().replace("\nA,", "\nDEU,").replace("\nB,", "\nFRA,").replace("\nC,", "\nZZZ,")
                .replace("DEU,12,4,12", "DEU,12,0,12").replace("ZZZ,8,3,8", "ZZZ,8,0,8");
        String households = Cases.householdsCsv().replace("score:A,score:B,score:C", "score:DEU,score:FRA,score:ZZZ").replace(",B,", ",FRA,");
        String body = mvc.perform(Cases.upload(destinations, households).param("mode", "greedy").param("pool", "asp-2026")
                        .param("poolBasis", "fair-share").with(as(ALLOCATION_OFFICER_DEU)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        JsonNode run = json.readTree(body);
        // the pool's own figures, read from the fair-share API
        JsonNode pool = json.readTree(mvc.perform(get("/api/v1/pools/asp-2026")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        Map<String, Long> due = new HashMap<>();
        pool.path("states").forEach(state -> due.put(state.path("state").asString(), state.path("due").asLong()));
        assertThat(run.path("quotaSource").asString()).contains("fair share due", "asp-2026");
        JsonNode rows = run.path("destinations");
        assertThat(rows.get(0).path("maximum").asLong()).isEqualTo(due.get("DEU"));
        assertThat(rows.get(1).path("maximum").asLong()).isEqualTo(due.get("FRA"));
        assertThat(rows.get(2).path("maximum").asLong()).as("not a state of the pool").isEqualTo(8);
        assertThat(rows.get(2).path("quotaNote").asString()).contains("not a state of pool asp-2026");
        Cases.awaitFinished(mvc, json, run.path("id").asLong());
        // an unknown pool is named
        mvc.perform(Cases.upload(destinations, households).param("pool", "no-such-pool").with(as(ALLOCATION_OFFICER_DEU)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("pool"));
    }

    private JsonNode read(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(as(ALLOCATION_OFFICER_DEU))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

}
