package org.pactum.server.fairshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pactum.server.identity.Member;
import org.pactum.server.identity.Role;
import org.pactum.server.identity.internal.MemberDetails;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The demo 2026 Annual Solidarity Pool: contributions, pledges, gaps and the Article 63 thresholds. */
class PoolIT extends IntegrationTest {

    private static final MemberDetails ANALYST_SWE = new MemberDetails(
            new Member("analyst.swe", Role.ANALYST, Optional.of("SWE"), "Analyst, Sweden"), "", true);

    @Autowired
    MockMvc mvc;

    @Autowired
    PoolService pools;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoPoolSharesExactly21000RelocationsWithTheirMoneyEquivalents() throws Exception {
        PoolView pool = pools.pool("asp-2026").orElseThrow();
        assertThat(pool.relocationReference()).isEqualTo(21_000);
        assertThat(pool.financialReferenceMinor()).isEqualTo(420_000_000L * 100);
        assertThat(pool.benefitting()).containsExactlyInAnyOrder("CYP", "GRC", "ITA", "ESP");
        assertThat(pool.states()).hasSize(23).extracting(PoolView.StateLine::state).doesNotContain("CYP", "GRC", "ITA", "ESP");
        assertThat(pool.states().stream().mapToLong(PoolView.StateLine::fairShare).sum()).isEqualTo(21_000);
        assertThat(pool.totalDue()).isEqualTo(21_000);
        for (PoolView.StateLine line : pool.states()) {
            assertThat(line.dueMoneyMinor()).as(line.state()).isEqualTo(line.due() * 20_000L * 100);
        }
        // 21,000 relocations at EUR 20,000 each are EUR 420 million: the two reference numbers agree
        assertThat(pool.states().stream().mapToLong(PoolView.StateLine::dueMoneyMinor).sum()).isEqualTo(420_000_000L * 100);
        Map<String, Double> expected = IndependentShares.ammr2024(FairShareIT.EU23, 2024);
        for (PoolView.StateLine line : pool.states()) {
            double quota = expected.get(line.state()) * 21_000;
            assertThat(line.fairShare()).as(line.state()).isBetween((long) Math.floor(quota), (long) Math.ceil(quota));
        }
    }

    @Test
    void aStatesAnalystPledgesAndTheGapsFollow() throws Exception {
        PoolView before = pools.pool("asp-2026").orElseThrow();
        PoolView.StateLine sweden = before.states().stream().filter(s -> s.state().equals("SWE")).findFirst().orElseThrow();
        long relocations = (sweden.fairShare() + 1) / 2; // half the fair share, rounded up: meets the Art. 63 condition
        mvc.perform(put("/api/v1/pools/asp-2026/pledges/SWE").with(user(ANALYST_SWE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"relocations\":" + relocations + ",\"financial\":\"1000000.50\",\"currency\":\"EUR\"}"))
                .andExpect(status().isOk());
        PoolView.StateLine after = pools.pool("asp-2026").orElseThrow().states().stream()
                .filter(s -> s.state().equals("SWE")).findFirst().orElseThrow();
        // EUR 20,000 per relocation, in cents, plus EUR 1,000,000.50
        assertThat(after.pledgedValueMinor()).isEqualTo(relocations * 20_000 * 100 + 100_000_050L);
        assertThat(after.gapMinor()).isEqualTo(sweden.due() * 20_000 * 100 - (relocations * 20_000 * 100 + 100_000_050L));
        assertThat(after.offsetThresholdMet()).isTrue();
        mvc.perform(get("/api/v1/pools/asp-2026/gaps"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statesMeetingOffsetThreshold", org.hamcrest.Matchers.hasItem("SWE")))
                .andExpect(jsonPath("$.unionRelocationThresholdMet").value(false));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'pool.pledge' AND actor = 'analyst.swe'")
                .query(Long.class).single()).isPositive();
    }

    @Autowired
    org.pactum.server.register.PublicRegister register;

    @Autowired
    org.pactum.server.register.RegisterLog log;

    @Test
    void pledgesAndThePoolItselfAreOnThePublicRegister() throws Exception {
        mvc.perform(put("/api/v1/pools/asp-2026/pledges/SWE").with(user(ANALYST_SWE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"relocations\":321}"))
                .andExpect(status().isOk());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
            register.integrate();
            java.util.List<String> leaves = log.entries(0, log.treeSize()).stream()
                    .map(org.pactum.register.jdbc.LogEntry::leafText).toList();
            assertThat(leaves).anyMatch(l -> l.contains("\"kind\":\"pool-pledge\"") && l.contains("\"state\":\"SWE\"")
                    && l.contains("\"relocations\":321"));
            assertThat(leaves).anyMatch(l -> l.contains("\"kind\":\"pool-established\"") && l.contains("\"pool\":\"asp-2026\""));
        });
    }

    @Test
    void pledgesForAnotherStateOrInAnUnknownCurrencyAreRefused() throws Exception {
        mvc.perform(put("/api/v1/pools/asp-2026/pledges/FRA").with(user(ANALYST_SWE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"relocations\":5}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/pools/asp-2026/pledges/SWE").with(user(ANALYST_SWE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"relocations\":5,\"financial\":\"10\",\"currency\":\"XYZ\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].subject").value("currency"));
        mvc.perform(put("/api/v1/pools/asp-2026/pledges/SWE").with(user(ANALYST_SWE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"relocations\":-5}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].subject").value("relocations"));
        mvc.perform(get("/api/v1/pools/no-such-pool")).andExpect(status().isNotFound());
    }

    @Test
    void aPoolWithAnUnknownStateIsRejectedAndNotStored() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM solidarity_pool").query(Long.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/pools")
                        .with(user("admin").roles("ADMIN")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Test pool\",\"relocationReference\":100,\"dataYear\":2024,\"benefitting\":[\"QQQ\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].subject").value("benefitting"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM solidarity_pool").query(Long.class).single()).isEqualTo(before);
    }
}
