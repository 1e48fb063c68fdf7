package org.pactum.server.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.pactum.server.testing.BrowserIntegrationTest;

/**
 * The public explores the forecasts in a real browser: the Central Mediterranean route with its fan
 * chart drawn beside the forecast table, the licence note of the Frontex figures, another horizon and
 * another route from the form, the page in French, and the scenario builder's stress test.
 */
class WarningExplorerBrowserIT extends BrowserIntegrationTest {

    @Test
    void theExplorerShowsTheFanChartTheTableAndTheLicenceNote() throws Exception {
        YearMonth last = FrontexFile.lastMonth(FrontexFile.read("central-mediterranean"));
        browser.get(url("/early-warning?lang=en"));
        assertThat(browser.findElement(By.id("series-title")).getText()).isEqualTo("Central Mediterranean");
        assertThat(browser.findElement(By.cssSelector("[data-restricted]")).getText()).contains("permission");
        assertThat(browser.findElements(By.cssSelector("#forecast-table tbody tr"))).hasSize(6);
        assertThat(browser.findElement(By.cssSelector("#forecast-table tbody tr")).getAttribute("data-month"))
                .isEqualTo(last.plusMonths(1).toString());
        waiting().until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('warning-chart')) !== undefined")));

        // another horizon and route through the form
        browser.findElement(By.id("horizon")).clear();
        browser.findElement(By.id("horizon")).sendKeys("12");
        new Select(browser.findElement(By.id("series"))).selectByValue("frontex:western-balkan");
        browser.findElement(By.cssSelector("#explorer-form button")).click();
        waiting(Duration.ofSeconds(20)).until(d -> browser.getCurrentUrl().contains("western-balkan"));
        assertThat(browser.findElement(By.id("series-title")).getText()).isEqualTo("Western Balkan");
        assertThat(browser.findElements(By.cssSelector("#forecast-table tbody tr"))).hasSize(12);

        browser.get(url("/early-warning?lang=fr"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Alerte précoce : prévisions par route");

        browser.get(url("/early-warning/scenarios?lang=en&route=central-mediterranean&percent=40&pool=asp-2026&horizon=6"));
        assertThat(browser.findElement(By.id("stress-summary")).getText()).contains("relocations");
        assertThat(browser.findElements(By.cssSelector("#stress-table tbody tr"))).isNotEmpty();
        waiting().until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('warning-chart')) !== undefined")));
    }
}
