package org.pactum.server.finance;

import org.pactum.core.finance.iati.IatiSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The IATI 2.03 export of the demo agreements validates against the official schema (loaded offline
 * from the test resources), and carries what the demo data says, computed here by hand.
 */
class FinanceIatiExportIT extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoAgreementsExportValidIati() throws Exception {
        for (String agreement : new String[] {"DEMO-EU-TUR-2016", "DEMO-ESP-MAR-SEASONAL"}) {
            String xml = mvc.perform(get("/api/v1/finance/iati").param("agreement", agreement)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(IatiSchema.errors(xml)).as(agreement).isEmpty();
            assertThat(xml).contains("<iati-activity").contains("<result").contains("<transaction");
        }
        String tur = mvc.perform(get("/finance/iati.xml").param("agreement", "DEMO-EU-TUR-2016")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // the grant: commitment of EUR 300,000,000.00; T1 released in full (100,000,000.00: 420 >= 400 and 3,900 >= 3,500, verified);
        // T2 half (returns 460 >= 450 met, resettlement 3,100 < 3,500 not met: floor(100,000,000.00 x 1/2) = 50,000,000.00);
        // T3 withheld (480 returns disputed); a reversal of 2,500,000.00 of the first expenditure
        assertThat(tur).contains("XI-PACTUM-EC-DEMO-EU-TUR-2016")
                .contains(">300000000.00<").contains(">100000000.00<").contains(">50000000.00<").contains(">-2500000.00<");
        String byOrganisation = mvc.perform(get("/api/v1/finance/iati").param("organisation", "ESP")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(IatiSchema.errors(byOrganisation)).isEmpty();
        assertThat(byOrganisation).contains("XI-PACTUM-ESP-DEMO-ESP-MAR-SEASONAL");
        mvc.perform(get("/api/v1/finance/iati").param("organisation", "NOBODY")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/finance/iati")).andExpect(status().isBadRequest());
    }

    @Test
    void thePagesAndDownloadsShowTheDemoFinancing() throws Exception {
        String plan = mvc.perform(get("/finance/agreements/DEMO-EU-TUR-2016")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // disbursed 100,000,000.00 + 50,000,000.00; spent 62,500,000.00 + 21,000,000.00 + 38,000,000.00 - 2,500,000.00
        assertThat(plan).contains("EUR 150,000,000.00").contains("EUR 119,000,000.00").contains("is disputed: return decisions and actual returns counted together")
                .contains("finance-chart");
        String register = mvc.perform(get("/finance")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(register).contains("DEMO-ESP-MAR-SEASONAL-LOAN-1").contains("EUR 40,000,000.00");
        String csv = mvc.perform(get("/finance/register.csv")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("agreement,instrument,donor").contains("DEMO-TUR-SPEND-1-FIX").contains("-2500000.00");
        mvc.perform(get("/finance/register.xlsx")).andExpect(status().isOk());
        mvc.perform(get("/finance/donors/EC")).andExpect(status().isOk());
    }
}
