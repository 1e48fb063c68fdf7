package org.pactum.server.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.pactum.server.testing.Members.ADMIN;
import static org.pactum.server.testing.Members.ANALYST_DEU;
import static org.pactum.server.testing.Members.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.pactum.register.jdbc.LogEntry;
import org.pactum.server.identity.Member;
import org.pactum.server.identity.Role;
import org.pactum.server.identity.internal.MemberDetails;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Each public record's page shows that it is in the log, with its index and a link to its proof.
 * The expected index is found here by reading the log's entries and their leaf bytes, not through
 * the subject index the pages use.
 */
class RecordsInRegisterIT extends IntegrationTest {

    private static final MemberDetails ANALYST_DNK = new MemberDetails(
            new Member("analyst.dnk", Role.ANALYST, Optional.of("DNK"), "Analyst, Denmark"), "", true);

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicRegister register;

    @Autowired
    RegisterLog log;

    @Test
    void aPublishedAgreementsPageLinksToItsEntryAndProof() throws Exception {
        long index = awaitNewest(l -> l.contains("\"kind\":\"agreement-published\"")
                && l.contains("\"agreement\":\"DEMO-EU-TUR-2016\""));
        LogEntry entry = log.entry(index).orElseThrow();
        assertThat(entry.leafText()).as("the published fact carries the agreement's terms")
                .contains("\"title\":").contains("\"parties\":[").contains("\"commitments\":[");

        String page = page("/agreements/DEMO-EU-TUR-2016");
        assertThat(page).contains("In the public register")
                .contains("href=\"/register/entries/" + index + "\"")
                .contains(HtmlUtils.htmlEscape("/api/v1/log/proof/inclusion?index=" + index + "&tree_size="));
    }

    @Test
    void aPledgeRowLinksToTheNewestEntryOfThatPledge() throws Exception {
        mvc.perform(put("/api/v1/pools/asp-2026/pledges/DNK").with(user(ANALYST_DNK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"relocations\":77}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/pools/asp-2026/pledges/DNK").with(user(ANALYST_DNK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"relocations\":78}"))
                .andExpect(status().isOk());
        long replaced = awaitNewest(l -> l.contains("\"kind\":\"pool-pledge\"") && l.contains("\"state\":\"DNK\"")
                && l.contains("\"relocations\":78"));

        String page = page("/pools/asp-2026");
        Matcher row = Pattern.compile("<tr data-state=\"DNK\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("the pool page has a row for Denmark").isTrue();
        assertThat(row.group(1)).contains("href=\"/register/entries/" + replaced + "\"");
        long established = awaitNewest(l -> l.contains("\"kind\":\"pool-established\"") && l.contains("\"pool\":\"asp-2026\""));
        assertThat(page).contains("href=\"/register/entries/" + established + "\"");
        Matcher unpledged = Pattern.compile("<tr data-state=\"MLT\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        if (unpledged.find() && log.entries(0, log.treeSize()).stream().map(LogEntry::leafText)
                .noneMatch(l -> l.contains("\"kind\":\"pool-pledge\"") && l.contains("\"state\":\"MLT\""))) {
            assertThat(unpledged.group(1)).contains("not published").doesNotContain("/register/entries/");
        }
    }

    @Test
    void aDraftAgreementIsNotInTheRegister() throws Exception {
        mvc.perform(post("/api/v1/agreements")
                        .with(user(ANALYST_DNK)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"id": "REGISTER-DRAFT", "title": "Danish draft", "type": "relocation",
                         "startsOn": "2027-01-01", "endsOn": "2028-01-01",
                         "parties": [{"party": "DNK", "role": "destination"}]}
                        """))
                .andExpect(status().isCreated());
        assertThat(page("/agreements/REGISTER-DRAFT").replaceAll("\\s+", " "))
                .contains("Nothing about this record has been published in the public register.");
    }

    @Test
    void statusChangesOfAPublishedAgreementArePublishedThoseBeforePublicationAreNot() throws Exception {
        String id = "REGISTER-STATUS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        mvc.perform(post("/api/v1/agreements/import").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"id": "%s", "title": "Status test agreement", "type": "relocation",
                         "startsOn": "2026-01-01", "endsOn": "2027-12-31",
                         "parties": [{"party": "DEU", "role": "donor"}, {"party": "ITA", "role": "destination"}],
                         "commitments": [{"key": "deu", "party": "DEU", "type": "relocation-places", "quantity": 40,
                                          "unit": "persons", "periodStart": "2026-01-01", "periodEnd": "2026-12-31"}],
                         "lifecycle": [{"action": "conclude-negotiation", "on": "2025-11-01"}, {"action": "sign", "on": "2025-11-02"}],
                         "publish": true}
                        """.formatted(id)))
                .andExpect(status().is2xxSuccessful());
        awaitNewest(l -> l.contains("\"kind\":\"agreement-published\"") && l.contains("\"agreement\":\"" + id + "\""));
        mvc.perform(post("/api/v1/agreements/" + id + "/actions/enter-into-force").with(as(ANALYST_DEU))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"on\": \"2026-01-01\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/agreements/" + id + "/actions/suspend").with(as(ANALYST_DEU))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"on\": \"2026-03-01\", \"reason\": \"no transfers\"}"))
                .andExpect(status().isOk());
        long suspended = awaitNewest(l -> l.contains("\"kind\":\"agreement-status\"") && l.contains("\"agreement\":\"" + id + "\"")
                && l.contains("\"to\":\"SUSPENDED\"") && l.contains("\"reason\":\"no transfers\""));

        List<String> statuses = log.entries(0, log.treeSize()).stream().map(LogEntry::leafText)
                .filter(l -> l.contains("\"kind\":\"agreement-status\"") && l.contains("\"agreement\":\"" + id + "\"")).toList();
        assertThat(statuses).as("entry into force and suspension; not the signature, made before publication").hasSize(2)
                .anyMatch(l -> l.contains("\"to\":\"IN_FORCE\"") && l.contains("\"effectiveOn\":\"2026-01-01\""))
                .noneMatch(l -> l.contains("\"to\":\"SIGNED\""));
        assertThat(page("/agreements/" + id)).contains("href=\"/register/entries/" + suspended + "\"");
    }

    /** Integrates until an entry matches, and returns the newest such entry's index. */
    private long awaitNewest(java.util.function.Predicate<String> leaf) {
        long[] found = {-1};
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            register.integrate();
            List<LogEntry> entries = log.entries(0, log.treeSize());
            found[0] = entries.stream().filter(e -> leaf.test(e.leafText())).mapToLong(LogEntry::index).max().orElse(-1);
            assertThat(found[0]).as("an entry matching in the log").isNotNegative();
        });
        return found[0];
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).param("lang", "en").with(user(ANALYST_DNK)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
