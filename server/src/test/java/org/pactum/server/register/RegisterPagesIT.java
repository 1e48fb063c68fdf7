package org.pactum.server.register;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pactum.core.register.SignedTreeHead;
import org.pactum.register.jdbc.LogEntry;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The register's pages, open to everyone: the signed head, how to verify, the latest entries and each entry's proof. */
class RegisterPagesIT extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicRegister register;

    @Autowired
    RegisterLog log;

    @Test
    void theRegisterPageShowsTheSignedHeadHowToVerifyAndTheLatestEntries() throws Exception {
        String agreement = "page-" + UUID.randomUUID();
        register.publish("pledge", "test/fact", RegisterApiIT.pledge(agreement, "SWE", 900));
        register.integrate();
        SignedTreeHead head = log.treeHead().orElseThrow();
        long newest = head.treeHead().treeSize() - 1;
        String key = log.publicKey().orElseThrow().base64();

        mvc.perform(get("/register").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Public register</h1>")))
                .andExpect(content().string(containsString("<dd id=\"tree-size\">" + head.treeHead().treeSize() + "</dd>")))
                .andExpect(content().string(containsString(
                        Base64.getEncoder().encodeToString(head.treeHead().rootHash().bytes()))))
                .andExpect(content().string(containsString("pactum verify-log --url http://localhost")))
                .andExpect(content().string(containsString("--public-key " + key)))
                .andExpect(content().string(containsString(agreement)))
                .andExpect(content().string(containsString("href=\"/register/entries/" + newest + "\"")))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(
                        "/api/v1/log/proof/inclusion?index=" + newest + "&tree_size=" + head.treeHead().treeSize()))))
                .andExpect(content().string(not(containsString("not built yet"))));
    }

    @Test
    void anEntryPageShowsItsExactBytesAndItsInclusionProof() throws Exception {
        LogEntry first = log.entry(0).orElseThrow();
        mvc.perform(get("/register/entries/0").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Entry 0</h1>")))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(first.leafText()))))
                .andExpect(content().string(containsString(Base64.getEncoder().encodeToString(first.leafHash().bytes()))))
                .andExpect(content().string(containsString("id=\"audit-path\"")));
        mvc.perform(get("/register/entries/" + log.treeSize())).andExpect(status().isNotFound());
        mvc.perform(get("/register/entries/-1")).andExpect(status().isNotFound());
    }

    @Test
    void theRegisterSpeaksFrench() throws Exception {
        mvc.perform(get("/register").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Registre public</h1>")))
                .andExpect(content().string(containsString("Vérifiez vous-même")));
        mvc.perform(get("/register/entries/0").param("lang", "fr"))
                .andExpect(content().string(containsString("Preuve de sa présence dans l&#39;arbre de")));
    }
}
