package org.pactum.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.server.testing.Members.ADMIN;
import static org.pactum.server.testing.Members.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.pactum.server.testing.Browser;
import org.pactum.server.testing.BrowserIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * In a real browser: Germany's analyst signs in and reports 95 relocations against a target of
 * 100 (baseline 0); the light stays "not verifiable" while the figure is pending. The independent
 * verifier signs in, verifies it, and the light turns "on track" (95 / 100 = 0.95, at least 0.90).
 */
class ReportAndVerifyBrowserIT extends BrowserIntegrationTest {

    static final String ID = "BROWSER-DEU-RELOC";

    static final String DOCUMENT = """
            {"id": "BROWSER-DEU-RELOC", "title": "Browser test relocation pledge", "type": "relocation",
             "startsOn": "2026-01-01", "endsOn": "2026-12-31",
             "parties": [{"party": "DEU", "role": "donor"}, {"party": "ITA", "role": "destination"},
                         {"party": "EVALUATOR", "role": "verifier"}],
             "commitments": [{"key": "deu", "party": "DEU", "type": "relocation-places", "quantity": 400,
                              "unit": "persons", "periodStart": "2026-01-01", "periodEnd": "2026-12-31"}],
             "lifecycle": [{"action": "conclude-negotiation", "on": "2025-11-01"}, {"action": "sign", "on": "2025-11-02"},
                           {"action": "enter-into-force", "on": "2026-01-01"}],
             "indicators": [{"indicator": "relocations", "party": "DEU", "baseline": 0, "baselinePeriod": "2025",
                             "targets": {"2026-Q1": 100}}],
             "publish": true}
            """;

    @Autowired
    MockMvc mvc;

    private void signIn(String user) {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void signOut() {
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        waiting().until(d -> d.findElements(By.linkText("Sign in")).size() > 0);
    }

    private String light() {
        return browser.findElement(By.cssSelector("section.indicator h3 .light")).getAttribute("data-light");
    }

    @Test
    void anAnalystReportsTheVerifierVerifiesAndTheLightTurnsGreen() throws Exception {
        mvc.perform(post("/api/v1/agreements/import").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON).content(DOCUMENT))
                .andExpect(status().isCreated());

        signIn("analyst.deu");
        browser.get(url("/agreements/" + ID + "?lang=en"));
        assertThat(light()).isEqualTo("NOT_VERIFIABLE");
        browser.findElement(By.cssSelector("a.report-link")).click();
        browser.findElement(By.id("value")).sendKeys("95");
        browser.findElement(By.id("source")).sendKeys("BAMF relocation register");
        browser.findElement(By.id("documents")).sendKeys("relocations-2026-Q1.pdf");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/agreements/" + ID));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("recorded");
        assertThat(light()).isEqualTo("NOT_VERIFIABLE");
        assertThat(browser.findElement(By.cssSelector("tr[data-period='2026-Q1'] .light")).getText()).isEqualTo("Not verifiable");
        signOut();

        signIn("verifier");
        browser.get(url("/agreements/" + ID + "?lang=en"));
        WebElement verify = browser.findElement(By.cssSelector("a.verify-link"));
        browser.get(verify.getAttribute("href"));
        assertThat(browser.findElement(By.id("reported-value")).getText()).isEqualTo("95 persons");
        browser.findElement(By.id("state-verified")).click();
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/agreements/" + ID));
        assertThat(light()).isEqualTo("ON_TRACK");
        assertThat(browser.findElement(By.cssSelector("tr[data-period='2026-Q1'] .light")).getText()).isEqualTo("On track");
        assertThat(browser.findElement(By.id("overall-light")).getText()).isEqualTo("On track");

        // the target-against-actual chart is drawn beside its table
        waiting().until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart(document.querySelector('canvas.target-chart')) !== undefined")));
        Path screenshot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(screenshot, Path.of("target/screenshots/agreement-verified.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        signOut();
    }

    @Test
    void thePublicSeesTheRegisterAndPublishedAgreementsReadOnly() {
        browser.get(url("/agreements?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Agreement register");
        assertThat(browser.findElement(By.cssSelector("tr[data-agreement='DEMO-ASP-2026']")).getText())
                .contains("Annual Solidarity Pool 2026", "illustrative");
        browser.get(url("/agreements/DEMO-ASP-2026?lang=en"));
        assertThat(Browser.absent(browser, By.cssSelector("a.report-link"))).isTrue();
        assertThat(browser.findElement(By.id("status")).getText()).isNotBlank();
        browser.get(url("/monitoring?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Monitoring dashboard");
    }
}
