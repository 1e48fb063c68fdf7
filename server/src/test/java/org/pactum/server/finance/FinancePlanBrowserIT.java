package org.pactum.server.finance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pactum.server.testing.BrowserIntegrationTest;

/**
 * The public reads the financing plan of the EU–Türkiye demo agreement in a real browser: the
 * tranches with their status and reasons, the chart drawn beside its data table, and in French.
 */
class FinancePlanBrowserIT extends BrowserIntegrationTest {

    @Test
    void theFinancingPlanShowsTranchesReasonsAndTheChart() {
        browser.get(url("/finance/agreements/DEMO-EU-TUR-2016?lang=en"));
        // T1: 420 >= 400 and 3,900 >= 3,500, both verified -> released; T2: one of two conditions met, pro rata -> partly
        // released; T3: the 480 returns are disputed -> withheld
        assertThat(browser.findElement(By.cssSelector("tr[data-tranche='T1'] td.status")).getText()).isEqualTo("released");
        assertThat(browser.findElement(By.cssSelector("tr[data-tranche='T2'] td.status")).getText()).isEqualTo("partly released");
        assertThat(browser.findElement(By.cssSelector("tr[data-tranche='T3'] td.status")).getText()).isEqualTo("withheld");
        assertThat(browser.findElement(By.cssSelector("tr[data-tranche='T3'] td.reasons")).getText())
                .contains("disputed: return decisions and actual returns counted together");
        // disbursed 100,000,000.00 + 50,000,000.00 = 150,000,000.00
        assertThat(browser.findElement(By.cssSelector("[data-instrument='DEMO-EU-TUR-2016-GRANT-1'] dd.disbursed")).getText())
                .isEqualTo("EUR 150,000,000.00");
        assertThat(browser.findElements(By.cssSelector("#flow-table tbody tr"))).isNotEmpty();
        waiting().until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('finance-chart')) !== undefined")));

        browser.get(url("/finance/agreements/DEMO-EU-TUR-2016?lang=fr"));
        assertThat(browser.findElement(By.cssSelector("tr[data-tranche='T3'] td.status")).getText()).isEqualTo("retenue");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Plan de financement");
        browser.get(url("/finance?lang=en"));
        assertThat(browser.findElement(By.id("instruments")).getText()).contains("DEMO-ESP-MAR-SEASONAL");
    }
}
