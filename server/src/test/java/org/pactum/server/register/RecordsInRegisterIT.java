package org.pactum.server.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
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
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/agreements")
                        .with(user(ANALYST_DNK)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"id": "REGISTER-DRAFT", "title": "Danish draft", "type": "relocation",
                         "startsOn": "2027-01-01", "endsOn": "2028-01-01",
                         "parties": [{"party": "DNK", "role": "destination"}]}
                        """))
                .andExpect(status().isCreated());
        assertThat(page("/agreements/REGISTER-DRAFT").replaceAll("\\s+", " "))
                .contains("Nothing about this record has been published in the public register.");
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
