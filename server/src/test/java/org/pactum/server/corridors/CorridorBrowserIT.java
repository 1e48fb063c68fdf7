package org.pactum.server.corridors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.pactum.server.testing.BrowserIntegrationTest;

/**
 * A diplomat in a real browser: picks Italy and Tunisia, reads the scorecard with its charts, opens
 * Morocco's corridors on the world map, clicks Spain on the map and lands on that scorecard; the
 * pages in French; an unknown code suggests the code meant.
 */
class CorridorBrowserIT extends BrowserIntegrationTest {

    @Test
    void theScorecardWithItsCharts() {
        browser.get(url("/corridors?lang=en"));
        new Select(browser.findElement(By.id("a"))).selectByValue("ITA");
        new Select(browser.findElement(By.id("b"))).selectByValue("TUN");
        browser.findElement(By.cssSelector("#pair-form button")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/corridors/ITA/TUN"));

        assertThat(browser.findElement(By.cssSelector("dd.a-into-b")).getAttribute("data-regime")).isEqualTo("VISA_FREE");
        assertThat(browser.findElement(By.cssSelector("dd.b-into-a")).getAttribute("data-regime")).isEqualTo("VISA_REQUIRED");
        assertThat(browser.findElement(By.id("visa-gap")).getText()).contains("One side enters visa-free");

        // Tunisian-born living in Italy, every year of UN DESA's edition, from the shipped file
        List<ShippedFile.Row> expected = ShippedFile.of("undesa.migrant-stock").pair("ITA", "TUN");
        List<WebElement> rows = browser.findElements(By.cssSelector("#stock-bInA tbody tr"));
        assertThat(rows).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(rows.get(i).getAttribute("data-period")).isEqualTo(expected.get(i).period());
            assertThat(rows.get(i).findElement(By.cssSelector("td.num")).getAttribute("data-value"))
                    .isEqualTo(String.valueOf(Math.round(expected.get(i).value())));
        }
        // ITA -> TUN remittance prices, newest quarter last
        List<ShippedFile.Row> costs = ShippedFile.of("rpw.cost-usd-200").pair("ITA", "TUN");
        assertThat(browser.findElements(By.cssSelector("#cost-aToB tbody tr"))).hasSize(costs.size());
        // no price survey from Tunisia to Italy: said so, naming the source
        assertThat(browser.findElement(By.cssSelector("#cost-bToA tbody td.nodata")).getText())
                .startsWith("No data for this pair in World Bank, Remittance Prices Worldwide");
        // ITA is an EU Member State, Tunisia is not
        assertThat(browser.findElements(By.cssSelector("#detections-b tbody tr"))).isNotEmpty();
        assertThat(browser.findElement(By.id("detections-a")).getText()).contains("is not an EU Member State");

        waiting().until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('stock-chart')) !== undefined"
                        + " && Chart.getChart(document.getElementById('cost-chart')) !== undefined")));
    }

    @Test
    void theWorldMapLeadsToAScorecard() {
        browser.get(url("/corridors/map/MAR?lang=en"));
        // Moroccan-born living in Spain in 2024: the shipped file, destination ESP, origin MAR
        double moroccansInSpain = ShippedFile.of("undesa.migrant-stock").pair("ESP", "MAR").stream()
                .filter(r -> r.period().equals("2024")).findFirst().orElseThrow().value();
        WebElement spain = browser.findElement(By.cssSelector("#world-map path[data-iso3='ESP']"));
        assertThat(Double.parseDouble(spain.getAttribute("data-value"))).isEqualTo(moroccansInSpain);
        assertThat(spain.getAttribute("class")).matches("c[1-5]");
        // more countries are drawn than have a value, and Morocco itself is marked
        assertThat(browser.findElements(By.cssSelector("#world-map path")).size()).isGreaterThan(150);
        assertThat(browser.findElements(By.cssSelector("#world-map path.self"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#top-corridors tbody tr")).getAttribute("data-iso3")).isNotBlank();

        browser.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", spain);
        waiting().until(d -> d.getCurrentUrl().endsWith("/corridors/MAR/ESP"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Morocco").contains("Spain");

        browser.get(url("/corridors/map/MAR?measure=immigrants&lang=fr"));
        assertThat(browser.findElement(By.tagName("h2")).getText()).startsWith("Vivant en/au Maroc");
    }

    @Test
    void theScorecardInFrenchAndAnUnknownCode() {
        browser.get(url("/corridors/DEU/TUR?lang=fr"));
        assertThat(browser.findElement(By.id("balance-title")).getText()).isEqualTo("Équilibre de la relation");
        assertThat(browser.findElement(By.cssSelector("[data-agreement='DEMO-EU-TUR-2016']")).isDisplayed()).isTrue();
        browser.get(url("/corridors/DEX/TUR?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Unknown country code");
        assertThat(browser.findElement(By.id("suggestions")).getText()).contains("DEU (Germany)");
    }
}
