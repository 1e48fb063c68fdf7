package org.pactum.server.fairshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Keys negotiators define in YAML or JSON are stored and then used by name. */
class KeyDefinitionIT extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long keys() {
        return jdbc.sql("SELECT COUNT(*) FROM custom_key").query(Long.class).single();
    }

    @Test
    void aKeyWrittenInYamlIsStoredAndUsedByName() throws Exception {
        String yaml = """
                id: population-and-gdp
                title: Half population, half GDP
                criteria:
                  - {indicator: wdi.population, weight: 0.5, direction: direct}
                  - {indicator: wdi.gdp, weight: 0.5, direction: direct}
                """;
        mvc.perform(post("/api/v1/keys").with(user("analyst").roles("ANALYST")).with(csrf())
                        .contentType("application/yaml").content(yaml))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.criteria.length()").value(2));
        mvc.perform(get("/api/v1/keys/population-and-gdp")).andExpect(jsonPath("$.title").value("Half population, half GDP"));

        // the same formula as the Article 66 reference key: the shares must equal the hand computation
        Map<String, Double> expected = IndependentShares.ammr2024(FairShareIT.EU23, 2024);
        String body = mvc.perform(post("/api/v1/fair-shares").with(user("analyst").roles("ANALYST")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"key\":\"custom:population-and-gdp\",\"excluded\":[\"CYP\",\"GRC\",\"ITA\",\"ESP\"],\"total\":21000}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.key").value("custom:population-and-gdp"))
                .andExpect(jsonPath("$.result.rows[4].state").value("DEU"))
                .andReturn().getResponse().getContentAsString();
        Number share = com.jayway.jsonpath.JsonPath.read(body, "$.result.rows[4].share");
        assertThat(share.doubleValue()).isCloseTo(expected.get("DEU"), org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void aKeyWhoseWeightsDoNotSumToOneOrThatCannotBeReadIsRefused() throws Exception {
        long before = keys();
        mvc.perform(post("/api/v1/keys").with(user("analyst").roles("ANALYST")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"too-light\",\"title\":\"t\",\"criteria\":[{\"indicator\":\"wdi.population\","
                                + "\"weight\":0.6,\"direction\":\"direct\"}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].subject").value("criteria"));
        mvc.perform(post("/api/v1/keys").with(user("analyst").roles("ANALYST")).with(csrf())
                        .contentType("application/yaml").content("id: [unclosed"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].subject").value("yaml"));
        mvc.perform(post("/api/v1/keys").with(user("analyst").roles("ANALYST")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"no-such-series\",\"title\":\"t\",\"criteria\":[{\"indicator\":\"wdi.nothing\","
                                + "\"weight\":1,\"direction\":\"direct\"}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].subject").value("criterion wdi.nothing"));
        assertThat(keys()).isEqualTo(before);
    }
}
