package org.pactum.server.grievances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.pactum.server.grievances.Complainants.file;
import static org.pactum.server.grievances.Complainants.newConnection;
import static org.pactum.server.grievances.Complainants.officerDeu;
import static org.pactum.server.grievances.Complainants.officerUnhcr;
import static org.pactum.server.testing.Members.ADMIN;
import static org.pactum.server.testing.Members.ANALYST_DEU;
import static org.pactum.server.testing.Members.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The protections of the grievance channel: officers of one party cannot read another party's
 * complaints, nobody but officers reads any; the database holds no plaintext description, contact
 * or note and no column for an address or browser; markup is shown escaped; bad input is 422,
 * floods 429, and a guessed receipt code only ever "not found".
 */
class GrievanceSecurityIT extends IntegrationTest {

    static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long idOf(String place) {
        return jdbc.sql("SELECT id FROM grievance WHERE place = ?").param(place).query(Long.class).single();
    }

    @Test
    void anOfficerOfOnePartyCannotReadAnotherPartysComplaint() throws Exception {
        file(mvc, "{\"category\": \"labour-exploitation\", \"place\": \"Security: farm near Huelva\", \"party\": \"DEU\","
                + " \"description\": \"Wages withheld for two months.\"}");
        long id = idOf("Security: farm near Huelva");
        // Germany's officer handles it
        mvc.perform(get("/api/v1/grievances/inbox/" + id).with(officerDeu())).andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("Wages withheld for two months."));
        // UNHCR's officer: as if it did not exist, in the API, the inbox list and the page
        mvc.perform(get("/api/v1/grievances/inbox/" + id).with(officerUnhcr())).andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString(PROBLEM)))
                .andExpect(content().string(not(containsString("Wages"))));
        mvc.perform(get("/api/v1/grievances/inbox?size=1000").with(officerUnhcr())).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());
        mvc.perform(get("/grievances/inbox/" + id).with(officerUnhcr())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/grievances/inbox/" + id + "/steps").with(officerUnhcr()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"step\": \"reject\", \"reason\": \"not ours\"}")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/grievances/inbox/" + id + "/notes").with(officerUnhcr()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"peek\"}")).andExpect(status().isNotFound());
        // nobody else reads complaints: not the public, not an analyst of the very party, not an administrator
        mvc.perform(get("/api/v1/grievances/inbox/" + id)).andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", containsString(PROBLEM)));
        mvc.perform(get("/api/v1/grievances/inbox/" + id).with(as(ANALYST_DEU))).andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString(PROBLEM)));
        mvc.perform(get("/api/v1/grievances/inbox").with(as(ADMIN))).andExpect(status().isForbidden());
        mvc.perform(get("/grievances/inbox").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        // unknown and malformed ids
        mvc.perform(get("/api/v1/grievances/inbox/999999999").with(officerDeu())).andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString(PROBLEM)));
        mvc.perform(get("/api/v1/grievances/inbox/abc").with(officerDeu())).andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString(PROBLEM)));
        mvc.perform(get("/api/v1/grievances/inbox/99999999999999999999999").with(officerDeu())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/grievances/inbox?status=OPEN").with(officerDeu())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("status"));
        mvc.perform(get("/api/v1/grievances/inbox?size=0").with(officerDeu())).andExpect(status().isBadRequest());
    }

    @Test
    void theDatabaseHoldsNoPlaintextDescriptionContactOrNote() throws Exception {
        String description = "Guard at gate B hit my brother Yusuf on 3 May";
        String contact = "yusuf.family@example.org";
        file(mvc, "{\"category\": \"detention\", \"place\": \"Security: plaintext check\", \"party\": \"DEU\", \"description\": \""
                + description + "\", \"contact\": \"" + contact + "\"}");
        long id = idOf("Security: plaintext check");
        mvc.perform(post("/api/v1/grievances/inbox/" + id + "/notes").with(officerDeu()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Spoke to Yusuf's lawyer\"}")).andExpect(status().isCreated());

        Map<String, Object> row = jdbc.sql("SELECT * FROM grievance WHERE id = ?").param(id).query().singleRow();
        String everything = String.valueOf(row) + jdbc.sql("SELECT * FROM grievance_note WHERE grievance_id = ?").param(id).query().listOfRows()
                + jdbc.sql("SELECT * FROM grievance_step WHERE grievance_id = ?").param(id).query().listOfRows()
                + jdbc.sql("SELECT subject, detail FROM audit_record WHERE subject = ?").param("grievance " + id).query().listOfRows();
        for (String secret : List.of("Yusuf", "gate B", "example.org", "yusuf.family")) {
            assertThat(everything).as("raw rows").doesNotContainIgnoringCase(secret);
            assertThat(everything).as("raw rows (base64)").doesNotContain(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        }
        // the sealed columns are base64 of a 12-byte nonce, the ciphertext and a 16-byte tag
        String sealed = (String) row.get("description_sealed");
        assertThat(Base64.getDecoder().decode(sealed)).hasSize(12 + description.getBytes(StandardCharsets.UTF_8).length + 16);
        assertThat(row.get("key_id")).isNotNull();
        // no column for an address, a browser or an account
        List<String> columns = new ArrayList<>(row.keySet().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
        assertThat(columns).noneMatch(c -> c.matches(".*(^|_)(ip|agent|address|addr|user|username|session|browser)(_|$).*"));
        // the officer reads it in clear
        mvc.perform(get("/api/v1/grievances/inbox/" + id).with(officerDeu())).andExpect(jsonPath("$.description").value(description))
                .andExpect(jsonPath("$.contact").value(contact)).andExpect(jsonPath("$.notes[0].text").value("Spoke to Yusuf's lawyer"));
    }

    @Test
    void markupIsShownEscapedNeverExecuted() throws Exception {
        String markup = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        String code = file(mvc, "{\"category\": \"other\", \"place\": \"Security: <b>markup</b>\", \"party\": \"DEU\", \"description\": \"" + markup
                + "\", \"contact\": \"<i>me</i>\"}").get("receiptCode").asString();
        long id = idOf("Security: <b>markup</b>");
        String page = mvc.perform(get("/grievances/inbox/" + id).with(officerDeu())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
                .contains("Security: &lt;b&gt;markup&lt;/b&gt;").contains("&lt;i&gt;me&lt;/i&gt;")
                .doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>markup</b>");
        String inbox = mvc.perform(get("/grievances/inbox").with(officerDeu())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(inbox).contains("Security: &lt;b&gt;markup&lt;/b&gt;").doesNotContain("<b>markup</b>");
        // the officer's response, read by the complainant through the receipt code, is escaped too
        mvc.perform(post("/api/v1/grievances/inbox/" + id + "/steps").with(officerDeu()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"step\": \"reject\", \"reason\": \"<script>document.cookie</script>\"}")).andExpect(status().isOk());
        String tracked = trackPage(code).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tracked).contains("&lt;script&gt;document.cookie&lt;/script&gt;").doesNotContain("<script>document");
    }

    private org.springframework.test.web.servlet.ResultActions trackPage(String code) throws Exception {
        return mvc.perform(post("/grievances/track").with(newConnection()).with(csrf()).param("code", code));
    }

    @Test
    void emptyOrOversizedComplaintsAreRefusedNamingTheField() throws Exception {
        post422("{}", "category");
        post422("{\"category\": \"torture\", \"place\": \"x\", \"description\": \"y\"}", "category");
        post422("{\"category\": \"detention\", \"place\": \"  \", \"description\": \"y\"}", "place");
        post422("{\"category\": \"detention\", \"place\": \"x\", \"description\": \"\"}", "description");
        post422("{\"category\": \"detention\", \"place\": \"x\", \"description\": \"" + "y".repeat(5001) + "\"}", "description");
        post422("{\"category\": \"detention\", \"place\": \"" + "x".repeat(201) + "\", \"description\": \"y\"}", "place");
        post422("{\"category\": \"detention\", \"place\": \"x\", \"description\": \"y\", \"contact\": \"" + "c".repeat(301) + "\"}", "contact");
        post422("{\"category\": \"detention\", \"place\": \"x\", \"description\": \"y\", \"party\": \"ATLANTIS\"}", "party");
        post422("{\"category\": \"detention\", \"place\": \"x\", \"description\": \"y\", \"agreement\": \"NO-SUCH\"}", "agreement");
        post422("{\"category\": \"detention\", \"place\": \"x\", \"description\": \"y\", \"language\": \"de\"}", "language");
        mvc.perform(post("/api/v1/grievances").with(newConnection()).contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest()).andExpect(header().string("Content-Type", containsString(PROBLEM)));
        // the form says which field, in the page's language, with 422
        mvc.perform(post("/grievances").with(newConnection()).with(csrf()).param("category", "detention").param("place", "x")
                .param("description", " ").param("lang", "fr")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Décrivez ce qui s’est passé")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM grievance WHERE place = 'x'").query(Long.class).single()).isZero();
    }

    private void post422(String json, String field) throws Exception {
        mvc.perform(post("/api/v1/grievances").with(newConnection()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnprocessableContent()).andExpect(header().string("Content-Type", containsString(PROBLEM)))
                .andExpect(jsonPath("$.field").value(field));
    }

    @Test
    void floodsAreAnswered429AndGuessedCodesOnlyNotFound() throws Exception {
        RequestPostProcessor flood = newConnection();
        String json = "{\"category\": \"other\", \"place\": \"Security: flood\", \"description\": \"again\"}";
        // the default allowance is 10 complaints per hour from one connection
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/api/v1/grievances").with(flood).contentType(MediaType.APPLICATION_JSON).content(json))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("/api/v1/grievances").with(flood).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isTooManyRequests()).andExpect(header().string("Content-Type", containsString(PROBLEM)))
                .andExpect(header().exists("Retry-After"));
        mvc.perform(post("/grievances").with(flood).with(csrf()).param("category", "other").param("place", "p").param("description", "d"))
                .andExpect(status().isTooManyRequests());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM grievance WHERE place = 'Security: flood'").query(Long.class).single()).isEqualTo(10);

        // lookups: 30 per minute from one connection; a wrong, malformed or empty code is "not found", nothing more
        RequestPostProcessor guesser = newConnection();
        List<String> guesses = List.of("ABCDE-FGHJK-MNPQR-STVWX", "abcde fghjk mnpqr stvwx", "<script>", "", "0000000000000000000O");
        for (int i = 0; i < 30; i++) {
            String guess = guesses.get(i % guesses.size());
            mvc.perform(post("/api/v1/grievances/receipts").with(guesser).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"code\": \"" + guess + "\"}"))
                    .andExpect(status().isNotFound()).andExpect(header().string("Content-Type", containsString(PROBLEM)))
                    .andExpect(jsonPath("$.detail").value("Not found"));
        }
        mvc.perform(post("/api/v1/grievances/receipts").with(guesser).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"ABCDE-FGHJK-MNPQR-STVWX\"}")).andExpect(status().isTooManyRequests());
        mvc.perform(post("/grievances/track").with(guesser).with(csrf()).param("code", "ABCDE")).andExpect(status().isTooManyRequests());
    }
}
