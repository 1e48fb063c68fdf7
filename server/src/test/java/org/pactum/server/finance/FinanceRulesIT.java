package org.pactum.server.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.pactum.server.testing.Members.ADMIN;
import static org.pactum.server.testing.Members.ANALYST_FRA;
import static org.pactum.server.testing.Members.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The bad-input rules of issue 5 on the demo agreement between the EU and Türkiye (whose monitored
 * indicators are resettlement-departures, returns-accepted and funds-disbursed): each refusal is a
 * 422 naming the field, and nothing is stored.
 */
class FinanceRulesIT extends IntegrationTest {

    static final String AGREEMENT = "DEMO-EU-TUR-2016";
    static final String LOAN = "DEMO-ESP-MAR-SEASONAL-LOAN-1";

    static final String GRANT = """
            {"id": "RULES-GRANT", "agreementId": "DEMO-EU-TUR-2016", "kind": "GRANT", "title": "Rules test",
             "donor": "EC", "recipient": "TUR", "amount": "%s", "currency": "%s",
             "tranches": [
               {"id": "A", "amount": "600.00", "dueOn": "2025-06-30", "period": "2024",
                "conditions": [{"indicator": "%s", "comparison": "AT_LEAST", "threshold": "1"}]},
               {"id": "B", "amount": "400.00", "dueOn": "2026-06-30", "period": "2025", "conditions": []}]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void badInstrumentsAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        long instruments = count("finance_instrument");
        long tranches = count("finance_tranche");
        long audits = count("audit_record WHERE action = 'finance.instrument'");

        instrument("1000.00", "EUX", "returns-accepted").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("currency"));
        instrument("1000.00", "EUR", "relocations").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("tranches[0].conditions[0].indicator"))
                .andExpect(jsonPath("$.detail").value(containsString("does not monitor 'relocations'")));
        // 600.00 + 400.00 = 1,000.00, not 1,200.00
        instrument("1200.00", "EUR", "returns-accepted").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("tranches"))
                .andExpect(jsonPath("$.detail").value(containsString("add up to")));
        instrument("-1000.00", "EUR", "returns-accepted").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("amount"));
        instrument("1000.001", "EUR", "returns-accepted").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("amount"));

        assertThat(count("finance_instrument")).isEqualTo(instruments);
        assertThat(count("finance_tranche")).isEqualTo(tranches);
        assertThat(count("audit_record WHERE action = 'finance.instrument'")).isEqualTo(audits);

        // analysts of a state that is not a party may not finance the agreement
        mvc.perform(post("/api/v1/finance/instruments").with(as(ANALYST_FRA)).contentType(MediaType.APPLICATION_JSON)
                .content(GRANT.formatted("1000.00", "EUR", "returns-accepted"))).andExpect(status().isForbidden());
    }

    @Test
    void badTransactionsAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        long entries = count("finance_transaction");

        // the demo loan: EUR 40,000,000.00 committed, 15,000,000.00 disbursed; 25,000,000.01 more would exceed the commitment by 0.01
        transaction("DISBURSEMENT", "25000000.01", "EUR", "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("amount"))
                .andExpect(jsonPath("$.detail").value(containsString("override reason")));
        transaction("DISBURSEMENT", "-100.00", "EUR", "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("amount"));
        transaction("DISBURSEMENT", "100.00", "ZZZ", "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("currency"));
        transaction("DISBURSEMENT", "100.00", "USD", "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("amount.currency"));
        transaction("EXPENDITURE", "100.00", "EUR", "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("finalUse"));
        transaction("WHATEVER", "100.00", "EUR", "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("type"));
        assertThat(count("finance_transaction")).isEqualTo(entries);

        // with a recorded reason, the same disbursement passes
        transaction("DISBURSEMENT", "25000000.01", "EUR", "bridging payment approved by the board on 3 March")
                .andExpect(status().isCreated());
        assertThat(count("finance_transaction")).isEqualTo(entries + 1);
    }

    @Test
    void theFinancingPlanPageAsksForADecisionForTheAgreementsParties() throws Exception {
        String page = "/finance/agreements/" + AGREEMENT;
        long decisions = count("finance_decision");
        // T3 of the demo grant looks at 2024, whose 480 returns are disputed: withheld again
        mvc.perform(post(page + "/decisions").with(as(ADMIN)).with(csrf())
                        .param("instrument", "DEMO-EU-TUR-2016-GRANT-1").param("tranche", "T3").param("on", "2025-12-31"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("Withhold tranche T3")));
        // T1 was released: final
        mvc.perform(post(page + "/decisions").with(as(ADMIN)).with(csrf())
                        .param("instrument", "DEMO-EU-TUR-2016-GRANT-1").param("tranche", "T1").param("on", "2025-12-31"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString("released-tranches-are-final")));
        mvc.perform(post(page + "/decisions").with(as(ANALYST_FRA)).with(csrf())
                        .param("instrument", "DEMO-EU-TUR-2016-GRANT-1").param("tranche", "T3").param("on", "2025-12-31"))
                .andExpect(status().isForbidden());
        assertThat(count("finance_decision")).isEqualTo(decisions + 1);
    }

    @Test
    void exchangeRatesAreDatedExactAndChecked() throws Exception {
        long rates = count("finance_exchange_rate");
        rate("2025-01-02", "EUR", "ZZZ", "1.0350").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("to"));
        rate("2025-01-02", "EUR", "USD", "-1").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("rate"));
        rate("2025-01-02", "EUR", "EUR", "1").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("to"));
        assertThat(count("finance_exchange_rate")).isEqualTo(rates);
        rate("2025-01-02", "EUR", "USD", "1.0350").andExpect(status().isCreated());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/finance/exchange-rates"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.from == 'EUR' && @.to == 'USD')].rate").value(1.035));
        mvc.perform(post("/api/v1/finance/exchange-rates").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    private ResultActions rate(String date, String from, String to, String rate) throws Exception {
        return mvc.perform(post("/api/v1/finance/exchange-rates").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"date": "%s", "from": "%s", "to": "%s", "rate": "%s", "source": "ECB euro reference rate"}"""
                        .formatted(date, from, to, rate)));
    }

    private ResultActions instrument(String amount, String currency, String indicator) throws Exception {
        return mvc.perform(post("/api/v1/finance/instruments").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content(GRANT.formatted(amount, currency, indicator)));
    }

    private ResultActions transaction(String type, String amount, String currency, String override) throws Exception {
        String id = "RULES-" + type + "-" + amount + "-" + currency + "-" + override.length();
        return mvc.perform(post("/api/v1/finance/transactions").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"id": "%s", "instrumentId": "%s", "type": "%s", "amount": "%s", "currency": "%s", "date": "2025-11-01",
                         "overrideReason": "%s"}""".formatted(id, LOAN, type, amount, currency, override)));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
