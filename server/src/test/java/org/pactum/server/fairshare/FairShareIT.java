package org.pactum.server.fairshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Fair shares through the API, checked against an independent computation of the key. */
class FairShareIT extends IntegrationTest {

    static final List<String> EU23 = List.of("AUT", "BEL", "BGR", "CZE", "DEU", "DNK", "EST", "FIN", "FRA", "HRV", "HUN",
            "IRL", "LTU", "LUX", "LVA", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "SWE");

    @Autowired
    MockMvc mvc;

    @Autowired
    FairShareCalculator calculator;

    @Autowired
    JdbcClient jdbc;

    private long runs() {
        return jdbc.sql("SELECT COUNT(*) FROM fair_share_run").query(Long.class).single();
    }

    private ResultActions compute(String body) throws Exception {
        return mvc.perform(post("/api/v1/fair-shares").with(user("analyst").roles("ANALYST")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void theReferenceKeyMatchesAHandComputationAndHamiltonMeetsTheTotal() throws Exception {
        FairShareResult result = calculator.compute(new FairShareRequest("eu-ammr-2024", 2024, List.of(),
                List.of("CYP", "GRC", "ITA", "ESP"), 21_000L, "hamilton", 20_000L, List.of()));
        Map<String, Double> expected = IndependentShares.ammr2024(EU23, 2024);
        assertThat(result.rows()).extracting(FairShareResult.Row::state).containsExactlyElementsOf(EU23);
        long floors = 0;
        for (FairShareResult.Row row : result.rows()) {
            double quota = expected.get(row.state()) * 21_000;
            assertThat(row.share().doubleValue()).as(row.state()).isCloseTo(expected.get(row.state()), within(1e-12));
            assertThat(row.persons()).as(row.state()).isBetween((long) Math.floor(quota), (long) Math.ceil(quota));
            assertThat(row.moneyEuros()).isEqualTo(row.persons() * 20_000);
            floors += (long) Math.floor(quota);
        }
        assertThat(result.rows().stream().mapToLong(FairShareResult.Row::persons).sum()).isEqualTo(21_000);
        assertThat(result.allotted()).isEqualTo(21_000);
        assertThat(result.difference()).isZero();
        // Hamilton: exactly (21,000 − Σ floor) states get one person above the floor of their quota,
        // and they are the states with the largest remainders.
        long raised = 21_000 - floors;
        List<String> largestRemainders = EU23.stream()
                .sorted((a, b) -> Double.compare(frac(expected.get(b) * 21_000), frac(expected.get(a) * 21_000)))
                .limit(raised).toList();
        for (FairShareResult.Row row : result.rows()) {
            long floor = (long) Math.floor(expected.get(row.state()) * 21_000);
            assertThat(row.persons() - floor).as(row.state()).isEqualTo(largestRemainders.contains(row.state()) ? 1 : 0);
        }
        assertThat(result.sources()).anyMatch(s -> s.startsWith("wdi.population: World Bank"));
    }

    private static double frac(double x) {
        return x - Math.floor(x);
    }

    @Test
    void aComputationThroughTheApiIsStoredWithItsEditions() throws Exception {
        long before = runs();
        compute("{\"key\":\"eu-ammr-2024\",\"dataYear\":2024,\"excluded\":[\"CYP\",\"GRC\",\"ITA\",\"ESP\"],\"total\":21000}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.rows.length()").value(23))
                .andExpect(jsonPath("$.result.allotted").value(21000))
                .andExpect(jsonPath("$.id").isNotEmpty());
        assertThat(runs()).isEqualTo(before + 1);
        String editions = jdbc.sql("SELECT editions FROM fair_share_run ORDER BY created_at DESC LIMIT 1").query(String.class).single();
        assertThat(editions).contains("wdi.population", "wdi.gdp", "WDI snapshot");
        assertThat(jdbc.sql("SELECT SUM(persons) FROM fair_share_allotment a JOIN fair_share_run r ON r.id = a.run_id "
                + "WHERE r.created_at = (SELECT MAX(created_at) FROM fair_share_run)").query(Long.class).single()).isEqualTo(21_000);
    }

    @Test
    void badRequestsNameWhatIsWrongAndStoreNothing() throws Exception {
        long before = runs();
        compute("{\"excluded\":[\"XXX\"],\"total\":100}").andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.problems[0].subject").value("excluded"))
                .andExpect(jsonPath("$.problems[0].message").value(Matchers.containsString("'XXX'")));
        compute("{\"total\":-1}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].subject").value("total"));
        compute("{\"total\":1000000001}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].subject").value("total"));
        compute("{\"participants\":[\"DEU\"],\"excluded\":[\"DEU\"],\"total\":10}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].subject").value("participants"));
        compute("{\"total\":10,\"method\":\"lottery\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].subject").value("method"));
        // WDI has no GDP for 1955: every state is named with the missing indicator
        compute("{\"participants\":[\"DEU\",\"FRA\"],\"dataYear\":1955,\"total\":10}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[*].subject", Matchers.hasItem(Matchers.startsWith("DEU gdp"))));
        compute("{\"key\":\"custom\",\"total\":10,\"criteria\":[{\"indicator\":\"wdi.population\",\"weight\":0.5,"
                + "\"direction\":\"direct\"},{\"indicator\":\"wdi.gdp\",\"weight\":0.4,\"direction\":\"direct\"}]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].message").value(Matchers.containsString("sum to 1")));
        assertThat(runs()).isEqualTo(before);
    }

    @Test
    void aCustomKeyWeighsAnyReferenceSeries() throws Exception {
        // 100 % population: the shares are the population shares, computed here by hand.
        Map<String, Double> population = IndependentShares.series("wdi.population", 2024);
        double total = population.get("DEU") + population.get("FRA");
        compute("{\"key\":\"custom\",\"participants\":[\"DEU\",\"FRA\"],\"total\":1000,\"criteria\":"
                + "[{\"indicator\":\"wdi.population\",\"weight\":1,\"direction\":\"direct\"}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.rows[0].state").value("DEU"))
                .andExpect(jsonPath("$.result.rows[0].persons").value(Math.round(1000 * population.get("DEU") / total)));
    }

    @Test
    void unhcrHostCapacityMeasuresStandBesideTheShares() throws Exception {
        FairShareResult result = calculator.compute(new FairShareRequest("eu-ammr-2024", 2024, List.of("DEU", "FRA"),
                List.of(), 100L, "hamilton", 20_000L, List.of()));
        Map<String, Double> refugees = IndependentShares.series("unhcr.refugees-hosted", 2024);
        Map<String, Double> population = IndependentShares.series("wdi.population", 2024);
        Map<String, Double> gdpPerCapita = IndependentShares.series("wdi.gdp-per-capita-ppp", 2024);
        FairShareResult.Row germany = result.rows().get(0);
        assertThat(germany.state()).isEqualTo("DEU");
        assertThat(germany.refugeesPerThousandInhabitants().doubleValue())
                .isCloseTo(refugees.get("DEU") / population.get("DEU") * 1000, within(1e-9));
        assertThat(germany.refugeesPerDollarGdpPerCapita().doubleValue())
                .isCloseTo(refugees.get("DEU") / gdpPerCapita.get("DEU"), within(1e-9));
    }

    @Test
    void theCalculatorFormTakesACustomKey() throws Exception {
        mvc.perform(get("/fair-shares").param("key", "custom").param("total", "1000").param("exclude", "")
                        .param("participants", "DEU,FRA")
                        .param("criteria", "wdi.population, 0.5, direct\nwdi.unemployment, 0.5, inverse"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1,000 persons allotted of 1,000")));
        mvc.perform(get("/fair-shares").param("key", "custom").param("total", "1000")
                        .param("criteria", "wdi.population, 0.7, direct"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("the weights must sum to 1")));
    }

    @Test
    void anonymousVisitorsUseTheCalculatorPageButCannotStoreRuns() throws Exception {
        mvc.perform(get("/fair-shares").param("total", "21000")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/fair-shares").contentType(MediaType.APPLICATION_JSON).content("{\"total\":1}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/fair-shares/download.csv")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.startsWith("state,name,share,quota,persons,money_equivalent_eur\n")));
        mvc.perform(get("/fair-shares/download.xlsx")).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }
}
