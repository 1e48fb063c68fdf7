package org.pactum.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.pactum.server.identity.internal.MemberDetails;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Who may do what: the public reads, analysts change their own party only, every write is audited. */
class SecurityIT extends IntegrationTest {

    private static final MemberDetails ANALYST_DEU = new MemberDetails(
            new Member("analyst.deu", Role.ANALYST, Optional.of("DEU"), "Analyst, Germany"), "", true);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long audit(String actor, String actionPrefix, String outcome) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE actor = ? AND action LIKE ? AND outcome = ?")
                .params(actor, actionPrefix + "%", outcome).query(Long.class).single();
    }

    private String contactOf(String party) {
        return jdbc.sql("SELECT contact FROM party WHERE id = ?").param(party).query(String.class).single();
    }

    @Test
    void thePublicReadsPagesAndReferenceDataWithoutSigningIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/countries/DEU")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/parties")).andExpect(status().isOk());
    }

    @Test
    void anonymousRequestsToAdminEndpointsAreRefused() throws Exception {
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", Matchers.containsString("application/problem+json")));
        mvc.perform(post("/api/v1/admin/imports")).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/imports").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/audit").with(user("analyst.fra").roles("ANALYST"))).andExpect(status().isForbidden());
    }

    @Test
    void anAnalystCannotChangeAnotherPartysDataButCanChangeTheirOwn() throws Exception {
        String franceBefore = contactOf("FRA");
        long refusedBefore = audit("analyst.deu", "PUT /api/v1/parties/FRA", "REFUSED");
        mvc.perform(put("/api/v1/parties/FRA/profile").with(user(ANALYST_DEU)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contact\":\"hijack@example.org\",\"description\":\"changed by Germany\"}"))
                .andExpect(status().isForbidden());
        assertThat(contactOf("FRA")).isEqualTo(franceBefore);
        assertThat(audit("analyst.deu", "PUT /api/v1/parties/FRA", "REFUSED")).isEqualTo(refusedBefore + 1);

        long doneBefore = audit("analyst.deu", "party.profile.update", "DONE");
        mvc.perform(put("/api/v1/parties/DEU/profile").with(user(ANALYST_DEU)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contact\":\"migration-desk@example.de\",\"description\":\"Federal Ministry\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact").value("migration-desk@example.de"));
        assertThat(contactOf("DEU")).isEqualTo("migration-desk@example.de");
        assertThat(audit("analyst.deu", "party.profile.update", "DONE")).isEqualTo(doneBefore + 1);
        assertThat(audit("analyst.deu", "PUT /api/v1/parties/DEU", "DONE")).isPositive();
    }

    @Test
    void formsNeedACsrfToken() throws Exception {
        mvc.perform(put("/api/v1/parties/DEU/profile").with(user(ANALYST_DEU))
                        .cookie(new jakarta.servlet.http.Cookie("JSESSIONID", "browser-session"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"contact\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryASecurityPolicy() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void demoAccountsSignInWithHashedPasswords() throws Exception {
        mvc.perform(formLogin("/login").user("analyst.fra").password(PASSWORD)).andExpect(authenticated());
        mvc.perform(formLogin("/login").user("analyst.fra").password("wrong")).andExpect(unauthenticated());
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'analyst.fra'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
    }

    @Test
    void apiTokensAreStoredHashedWorkAsBearerAndCanBeRevoked() throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").with(user(ANALYST_DEU)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"statistics office\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String secret = body.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
        String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(secret).startsWith("pct_");
        String stored = jdbc.sql("SELECT token_hash FROM api_token WHERE id = ?").param(id).query(String.class).single();
        assertThat(stored).hasSize(64).isNotEqualTo(secret).doesNotContain(secret.substring(4));

        mvc.perform(put("/api/v1/parties/DEU/profile").header("Authorization", "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"contact\":\"via token\"}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/parties/FRA/profile").header("Authorization", "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"contact\":\"via token\"}"))
                .andExpect(status().isForbidden());

        mvc.perform(delete("/api/v1/tokens/" + id).with(user(ANALYST_DEU)).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(put("/api/v1/parties/DEU/profile").header("Authorization", "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"contact\":\"after revoke\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/parties").header("Authorization", "Bearer pct_not-a-real-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void everyWriteLeavesAnAuditRecord() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_record").query(Long.class).single();
        mvc.perform(put("/api/v1/parties/DEU/profile").with(user(ANALYST_DEU)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"contact\":\"one\"}")).andExpect(status().isOk());
        mvc.perform(put("/api/v1/parties/ITA/profile").with(user(ANALYST_DEU)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"contact\":\"two\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tokens").with(user(ANALYST_DEU)).with(csrf())).andExpect(status().isCreated());
        long after = jdbc.sql("SELECT COUNT(*) FROM audit_record").query(Long.class).single();
        // request records: 3; domain records: profile update and token issue = 2
        assertThat(after - before).isEqualTo(5);
        mvc.perform(get("/api/v1/audit").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].actor").value("analyst.deu"));
    }
}
