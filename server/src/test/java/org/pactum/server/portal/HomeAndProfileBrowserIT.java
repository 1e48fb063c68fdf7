package org.pactum.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.server.testing.BrowserIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * What a person sees in a real browser: the home page with every capability, and Germany's profile
 * with its 2024 population and GDP (World Bank WDI: 83,516,593 persons and US$ 4,685,592,577,804.69,
 * read from the publisher's file) and where they come from, and a drawn chart.
 */
class HomeAndProfileBrowserIT extends BrowserIntegrationTest {


    @Test
    void theHomePageListsEveryCapabilityAndEachLinkLeadsToAPageThatAnswers() throws Exception {
        browser.get(url("/?lang=en"));
        assertThat(browser.getTitle()).contains("Pactum");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pactum");
        List<String> navigation = browser.findElements(By.cssSelector("nav.main-nav a")).stream()
                .map(WebElement::getText).toList();
        assertThat(navigation).contains("Countries and data", "Fair shares", "Agreements", "Public register",
                "Case allocation", "Grievances").hasSize(10);
        // every capability is built now: no card says "Being built"
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Available").doesNotContain("Being built");

        List<String> links = browser.findElements(By.cssSelector("ul.cards h3 a")).stream().map(a -> a.getAttribute("href")).toList();
        assertThat(links).hasSize(10);
        HttpClient http = HttpClient.newHttpClient();
        for (String link : links) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(link)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(link).isEqualTo(200);
        }

        browser.findElement(By.linkText("Case allocation")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Case allocation");
    }

    @Test
    void germanysProfileShowsItsRealPopulationAndGdpWithTheirSource() throws Exception {
        browser.get(url("/countries/DEU?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Germany");
        assertThat(browser.findElement(By.id("key-figures")).getText()).isEqualTo("Key figures, 2024");
        WebElement population = browser.findElement(By.cssSelector("tr[data-series='wdi.population']"));
        assertThat(population.findElement(By.cssSelector("td.num")).getText()).isEqualTo("83,516,593");
        assertThat(population.findElement(By.cssSelector("td.source")).getText()).contains("World Bank", "CC BY 4.0");
        WebElement gdp = browser.findElement(By.cssSelector("tr[data-series='wdi.gdp']"));
        assertThat(gdp.findElement(By.cssSelector("td.num")).getText()).isEqualTo("4,685,592,577,805");
        assertThat(gdp.findElement(By.cssSelector("td.source")).getText()).contains("World Bank");

        // the chart is drawn by Chart.js from the WebJar: the canvas gets a rendering context and pixels
        waiting().until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('series-chart')) !== undefined")));
        Path screenshot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(screenshot, Path.of("target/screenshots/country-DEU.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theProfileSpeaksFrench() {
        browser.get(url("/countries/DEU?lang=fr"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Allemagne");
        assertThat(browser.findElement(By.id("key-figures")).getText()).isEqualTo("Chiffres clés, 2024");
        browser.get(url("/?lang=en"));
    }
}
