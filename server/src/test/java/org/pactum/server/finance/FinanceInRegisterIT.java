package org.pactum.server.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.server.testing.Members.ADMIN;
import static org.pactum.server.testing.Members.ANALYST_DEU;
import static org.pactum.server.testing.Members.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.pactum.register.jdbc.LogEntry;
import org.pactum.server.agreements.AgreementEvent;
import org.pactum.server.register.PublicRegister;
import org.pactum.server.register.RegisterLog;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The financing of a published agreement is in the public register transaction by transaction, and
 * that of an agreement not yet published is not, until it is published; then it goes in once. What
 * each entry must say is read back from the ledger tables with SQL, and where an entry is, from the
 * log's leaf bytes, never from the code that publishes or shows them.
 */
class FinanceInRegisterIT extends IntegrationTest {

    /** IATI 2.03 TransactionType codelist, codes 2 to 4, by Pactum's names; 0 is how the ledger table marks a reversal. */
    private static final Map<Integer, String> TYPE_NAMES = Map.of(0, "REVERSAL", 2, "OUTGOING_COMMITMENT", 3, "DISBURSEMENT",
            4, "EXPENDITURE");

    private static final String AGREEMENT = """
            {"id": "%s", "title": "Register test grant", "type": "relocation",
             "summary": "Germany pays France for relocations.", "startsOn": "2027-01-01", "endsOn": "2028-12-31",
             "parties": [{"party": "DEU", "role": "donor"}, {"party": "FRA", "role": "destination"}],
             "clauses": [], "indicators": [],
             "commitments": [{"key": "fra-relocations", "party": "FRA", "type": "relocation-places", "quantity": 100,
                              "unit": "persons", "periodStart": "2027-01-01", "periodEnd": "2027-12-31"}],
             "lifecycle": [{"action": "conclude-negotiation", "on": "2026-12-01"}, {"action": "sign", "on": "2026-12-15"},
                           {"action": "enter-into-force", "on": "2027-01-01"}],
             "publish": %s}
            """;

    // tranche T1 has no condition, so deciding it releases EUR 400.00 and the outbox disburses it
    private static final String GRANT = """
            {"id": "%1$s-GRANT", "agreementId": "%1$s", "kind": "GRANT", "title": "Relocation support", "donor": "DEU",
             "recipient": "FRA", "amount": "1000.00", "currency": "EUR",
             "tranches": [{"id": "T1", "amount": "400.00", "dueOn": "2027-06-30", "period": "2027", "conditions": []},
                          {"id": "T2", "amount": "600.00", "dueOn": "2027-12-31", "period": "2027", "conditions": []}]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicRegister register;

    @Autowired
    RegisterLog log;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JsonMapper json;

    @Test
    void eachTransactionOfAPublishedAgreementIsALeafThatSaysWhatItsRowSays() throws Exception {
        String agreement = "FIN-REGISTER-PUBLIC";
        financedAgreement(agreement, true);
        String grant = agreement + "-GRANT";
        transaction(grant, "FRP-C1", "OUTGOING_COMMITMENT", "1000.00", "2027-01-10", "").andExpect(status().isCreated());
        assertThat(log.inRegister("finance-transaction/FRP-C1").isAbsent())
                .as("published in the transaction that recorded it, so in the register as soon as the request returns").isFalse();
        transaction(grant, "FRP-D1", "DISBURSEMENT", "300.00", "2027-02-01", ", \"description\": \"first instalment\"")
                .andExpect(status().isCreated());
        transaction(grant, "FRP-E1", "EXPENDITURE", "250.00", "2027-03-01", ", \"finalUse\": \"RECEPTION\"").andExpect(status().isCreated());
        transaction(grant, "FRP-E1-FIX", "REVERSAL", "50.00", "2027-03-15", ", \"reverses\": \"FRP-E1\", \"reason\": \"ineligible costs\"")
                .andExpect(status().isCreated());
        long decision = decide(grant, "T1", "2027-06-30");

        List<String> ids = transactionIds(grant);
        assertThat(ids).as("four recorded by hand and the disbursement of tranche 1").hasSize(5).contains("DISB-" + decision);
        Map<String, Long> indexes = awaitOneLeafEach("finance-transaction", "transaction", ids);
        for (String id : ids) {
            assertThat(payload(indexes.get(id))).as("the entry of " + id).isEqualTo(expectedPayload(id));
        }
        // the reversal says what it reverses and why; the expenditure its final use (spelled out to catch a mix-up of columns)
        assertThat(payload(indexes.get("FRP-E1-FIX")).path("reverses").asString()).isEqualTo("FRP-E1");
        assertThat(payload(indexes.get("FRP-E1")).path("amount").path("minorUnits").asLong()).isEqualTo(25_000L);
        assertThat(payload(indexes.get("FRP-E1")).path("finalUse").asString()).isEqualTo("RECEPTION");
        long decisionIndex = awaitDecisionEntry(decision);
        assertThat(payload(decisionIndex).path("released").path("minorUnits").asLong()).isEqualTo(40_000L);
    }

    @Test
    void theFinancingOfAnUnpublishedAgreementGoesInWhenItIsPublishedAndOnlyOnce() throws Exception {
        String agreement = "FIN-REGISTER-LATER";
        financedAgreement(agreement, false);
        String grant = agreement + "-GRANT";
        transaction(grant, "FRL-C1", "OUTGOING_COMMITMENT", "1000.00", "2027-01-10", "").andExpect(status().isCreated());
        transaction(grant, "FRL-E1", "EXPENDITURE", "100.00", "2027-03-01", ", \"finalUse\": \"INTEGRATION\"")
                .andExpect(status().isCreated());
        long decision = decide(grant, "T1", "2027-06-30");
        List<String> ids = transactionIds(grant);
        assertThat(ids).containsExactlyInAnyOrder("FRL-C1", "FRL-E1", "DISB-" + decision);
        // every listener of the decision has run (the register's and the disbursement's), so a late publication cannot hide
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%TrancheDecided' AND serialized_event LIKE ? "
                                + "AND completion_date IS NOT NULL").param("%" + grant + "%").query(Long.class).single())
                .isGreaterThanOrEqualTo(2L));

        register.integrate();
        assertThat(leaves()).as("nothing about an unpublished agreement is in the log")
                .noneMatch(l -> l.text().contains(agreement) || ids.stream().anyMatch(id -> l.text().contains("\"" + id + "\"")));
        String unpublishedPlan = page("/finance/agreements/" + agreement, true);
        assertThat(row(unpublishedPlan, "data-transaction", "FRL-C1")).contains("not published").doesNotContain("/register/entries/");

        mvc.perform(post("/api/v1/agreements/" + agreement + "/publication").with(as(ANALYST_DEU))).andExpect(status().isOk());
        Map<String, Long> indexes = awaitOneLeafEach("finance-transaction", "transaction", ids);
        for (String id : ids) {
            assertThat(payload(indexes.get(id))).as("the entry of " + id).isEqualTo(expectedPayload(id));
        }
        long decisionIndex = awaitDecisionEntry(decision);
        assertThat(payload(decisionIndex).path("agreement").asString()).isEqualTo(agreement);

        // the publication event is delivered again (as after a crash): nothing is published twice
        int redelivered = jdbc.sql("UPDATE event_publication SET completion_date = NULL WHERE listener_id LIKE '%FinancePublications%' "
                + "AND event_type LIKE '%AgreementPublished' AND serialized_event LIKE ?").param("%\"" + agreement + "\"%").update();
        assertThat(redelivered).isEqualTo(1);
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof AgreementEvent.AgreementPublished published
                && published.agreementId().equals(agreement));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%FinancePublications%' "
                                + "AND event_type LIKE '%AgreementPublished' AND serialized_event LIKE ? AND completion_date IS NULL")
                .param("%\"" + agreement + "\"%").query(Long.class).single()).isZero());
        register.integrate();
        assertThat(leafIndexes("finance-transaction", "transaction", ids)).isEqualTo(indexes.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
        assertThat(leafIndexes("tranche-decision", "decision", List.of(String.valueOf(decision))))
                .containsExactly(Map.entry(String.valueOf(decision), List.of(decisionIndex)));
    }

    @Test
    void theFinancingPagesLinkEachRowToItsEntryAndProof() throws Exception {
        String agreement = "FIN-REGISTER-PAGES";
        financedAgreement(agreement, true);
        String grant = agreement + "-GRANT";
        transaction(grant, "FRG-C1", "OUTGOING_COMMITMENT", "1000.00", "2027-01-10", "").andExpect(status().isCreated());
        long decision = decide(grant, "T1", "2027-06-30");
        List<String> ids = transactionIds(grant);
        Map<String, Long> indexes = awaitOneLeafEach("finance-transaction", "transaction", ids);
        long decisionIndex = awaitDecisionEntry(decision);

        String plan = page("/finance/agreements/" + agreement, false);
        for (String id : ids) {
            assertThat(row(plan, "data-transaction", id)).as("the ledger row of " + id)
                    .contains("href=\"/register/entries/" + indexes.get(id) + "\"")
                    .contains(HtmlUtils.htmlEscape("/api/v1/log/proof/inclusion?index=" + indexes.get(id) + "&tree_size="));
        }
        assertThat(row(plan, "data-tranche", "T1")).as("the decided tranche's row")
                .contains("href=\"/register/entries/" + decisionIndex + "\"");
        assertThat(row(plan, "data-tranche", "T2")).as("a tranche not decided has no entry").doesNotContain("/register/entries/");

        assertThat(row(page("/finance", false), "data-transaction", "FRG-C1"))
                .contains("href=\"/register/entries/" + indexes.get("FRG-C1") + "\"");
        assertThat(page("/finance/donors/DEU", false)).contains("href=\"/register/entries/" + decisionIndex + "\"");
    }

    // --- the story's steps, through the API

    private void financedAgreement(String id, boolean published) throws Exception {
        mvc.perform(post("/api/v1/agreements/import").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content(AGREEMENT.formatted(id, published))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/finance/instruments").with(as(ANALYST_DEU)).contentType(MediaType.APPLICATION_JSON)
                .content(GRANT.formatted(id))).andExpect(status().isCreated());
    }

    private ResultActions transaction(String instrument, String id, String type, String amount, String date, String more) throws Exception {
        return mvc.perform(post("/api/v1/finance/transactions").with(as(ANALYST_DEU)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\": \"%s\", \"instrumentId\": \"%s\", \"type\": \"%s\", \"amount\": \"%s\", \"currency\": \"EUR\", \"date\": \"%s\"%s}"
                        .formatted(id, instrument, type, amount, date, more)));
    }

    /** Decides a tranche without conditions (released in full) and waits for the outbox to disburse it; returns the decision's id. */
    private long decide(String instrument, String tranche, String on) throws Exception {
        String body = mvc.perform(post("/api/v1/finance/instruments/" + instrument + "/tranches/" + tranche + "/decisions")
                        .with(as(ANALYST_DEU)).contentType(MediaType.APPLICATION_JSON).content("{\"on\": \"" + on + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.outcome").value("RELEASE"))
                .andReturn().getResponse().getContentAsString();
        long decision = json.readTree(body).path("decisionId").asLong();
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT COUNT(*) FROM finance_transaction WHERE decision_id = ?").param(decision).query(Long.class).single()).isEqualTo(1L));
        return decision;
    }

    // --- what the ledger tables say, read back with SQL

    private List<String> transactionIds(String instrument) {
        return jdbc.sql("SELECT id FROM finance_transaction WHERE instrument_id = ? ORDER BY seq").param(instrument).query(String.class).list();
    }

    /** The entry a transaction must have, written from its row and its instrument's row. */
    private JsonNode expectedPayload(String transactionId) {
        Map<String, Object> row = jdbc.sql("SELECT t.id, t.type_code, t.amount_minor, t.currency, t.value_date, t.final_use, "
                        + "t.override_reason, t.reverses, t.reason, t.description, t.decision_id, i.agreement_id, i.id AS instrument, "
                        + "i.donor_party, i.recipient_party FROM finance_transaction t JOIN finance_instrument i ON i.id = t.instrument_id "
                        + "WHERE t.id = ?").param(transactionId).query().singleRow();
        Map<String, Object> column = new LinkedHashMap<>();
        row.forEach((name, value) -> column.put(name.toLowerCase(Locale.ROOT), value));
        int typeCode = ((Number) column.get("type_code")).intValue();
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("transaction", column.get("id"));
        expected.put("agreement", column.get("agreement_id"));
        expected.put("instrument", column.get("instrument"));
        expected.put("donor", column.get("donor_party"));
        expected.put("recipient", column.get("recipient_party"));
        expected.put("type", TYPE_NAMES.get(typeCode));
        expected.put("iatiTypeCode", typeCode == 0 ? null : typeCode);
        expected.put("date", column.get("value_date").toString());
        expected.put("amount", Map.of("minorUnits", ((Number) column.get("amount_minor")).longValue(),
                "currency", column.get("currency").toString().strip()));
        expected.put("finalUse", column.get("final_use"));
        expected.put("reverses", column.get("reverses"));
        expected.put("reason", column.get("reason"));
        expected.put("overrideReason", column.get("override_reason"));
        expected.put("decision", column.get("decision_id") == null ? null : ((Number) column.get("decision_id")).longValue());
        expected.put("description", column.get("description"));
        return json.readTree(json.writeValueAsString(expected));
    }

    // --- what the log says, read from its leaves

    private record Leaf(long index, String text) {
    }

    private List<Leaf> leaves() {
        return log.entries(0, log.treeSize()).stream().map(e -> new Leaf(e.index(), e.leafText())).toList();
    }

    private JsonNode payload(long index) {
        LogEntry entry = log.entry(index).orElseThrow();
        return json.readTree(entry.leafText()).path("payload");
    }

    /** For each id, the indexes of the leaves of this kind whose payload names it under {@code field}. */
    private Map<String, List<Long>> leafIndexes(String kind, String field, List<String> ids) {
        Map<String, List<Long>> found = new LinkedHashMap<>();
        for (Leaf leaf : leaves()) {
            JsonNode node = json.readTree(leaf.text());
            String named = node.path("payload").path(field).asString();
            if (node.path("kind").asString().equals(kind) && ids.contains(named)) {
                found.computeIfAbsent(named, k -> new ArrayList<>()).add(leaf.index());
            }
        }
        return found;
    }

    /** Integrates until every id has a leaf of this kind, and checks that each has exactly one; returns their indexes. */
    private Map<String, Long> awaitOneLeafEach(String kind, String field, List<String> ids) {
        Map<String, Long> indexes = new LinkedHashMap<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            register.integrate();
            Map<String, List<Long>> found = leafIndexes(kind, field, ids);
            assertThat(found.keySet()).as(kind + " entries in the log").containsExactlyInAnyOrderElementsOf(ids);
            found.forEach((id, at) -> assertThat(at).as("the entries of " + id).hasSize(1));
            found.forEach((id, at) -> indexes.put(id, at.get(0)));
        });
        return indexes;
    }

    private long awaitDecisionEntry(long decision) {
        return awaitOneLeafEach("tranche-decision", "decision", List.of(String.valueOf(decision))).get(String.valueOf(decision));
    }

    // --- the pages

    private String page(String path, boolean asParty) throws Exception {
        var request = get(path).param("lang", "en");
        if (asParty) {
            request = request.with(as(ANALYST_DEU));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String row(String page, String attribute, String value) {
        Matcher row = Pattern.compile("<tr " + attribute + "=\"" + Pattern.quote(value) + "\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("a row " + attribute + "=" + value).isTrue();
        return row.group(1);
    }
}
