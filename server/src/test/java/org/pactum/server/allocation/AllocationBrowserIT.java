package org.pactum.server.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.pactum.server.testing.BrowserIntegrationTest;

/**
 * An allocation officer in a real browser: signs in, uploads the destinations and households of
 * {@link Cases}, watches the run's page until it is done, reads the totals, pages to the placements
 * and opens one household's explanation; then uploads a file with a missing column and reads the report.
 */
class AllocationBrowserIT extends BrowserIntegrationTest {

    @Test
    void anOfficerUploadsRunsAndReviewsAPlacement() throws Exception {
        Path folder = Files.createTempDirectory("allocation-upload");
        Path destinations = Files.writeString(folder.resolve("destinations.csv"), Cases.destinationsCsv(), StandardCharsets.UTF_8);
        Path households = Files.writeString(folder.resolve("households.csv"), Cases.householdsCsv(), StandardCharsets.UTF_8);

        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("allocation.officer.deu");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));

        browser.get(url("/allocation?lang=en"));
        browser.findElement(By.id("destinations")).sendKeys(destinations.toString());
        browser.findElement(By.id("households")).sendKeys(households.toString());
        new Select(browser.findElement(By.id("mode"))).selectByValue("batch");
        browser.findElement(By.id("timeLimitSeconds")).clear();
        browser.findElement(By.id("timeLimitSeconds")).sendKeys("30");
        browser.findElement(By.id("start")).click();

        waiting().until(d -> d.getCurrentUrl().matches(".*/allocation/runs/\\d+$"));
        // the page refreshes itself until the run is done
        waiting(Duration.ofSeconds(90)).until(d -> d.findElement(By.id("progress")).getAttribute("data-status").equals("COMPLETED"));
        assertThat(browser.findElement(By.id("households")).getText()).startsWith("10 (25 persons)");
        assertThat(browser.findElement(By.id("optimal")).getText()).isEqualTo("yes");
        List<WebElement> rows = browser.findElements(By.cssSelector("#destinations tbody tr"));
        assertThat(rows).hasSize(3);
        int persons = 0;
        for (WebElement row : rows) {
            persons += Integer.parseInt(row.findElement(By.cssSelector("td.persons")).getText());
        }
        assertThat(persons).isEqualTo(25);
        screenshot("allocation-run");

        browser.findElement(By.id("households-link")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/households"));
        assertThat(browser.findElements(By.cssSelector("#placements tbody tr"))).hasSize(10);
        String destination = browser.findElement(By.cssSelector("#placements tr[data-row='1'] td.destination")).getText();
        // the officer finds the first household of their file by its own id
        browser.findElement(By.id("householdId")).sendKeys(Cases.IDS[0]);
        browser.findElement(By.cssSelector("#search button")).click();
        waiting().until(d -> d.getCurrentUrl().matches(".*/households/1$"));
        assertThat(browser.findElement(By.id("chosen")).getText()).startsWith(destination + " (");
        assertThat(browser.findElement(By.id("scores")).getText()).contains("A", "B", "C");
        screenshot("allocation-household");

        // a households file without the persons column: the report names file, line and column
        Path bad = Files.writeString(folder.resolve("bad.csv"), Cases.householdsCsv().replaceFirst("id,persons,", "id,size,"));
        browser.get(url("/allocation?lang=en"));
        browser.findElement(By.id("destinations")).sendKeys(destinations.toString());
        browser.findElement(By.id("households")).sendKeys(bad.toString());
        browser.findElement(By.id("start")).click();
        WebElement report = waiting().until(d -> d.findElement(By.id("report")));
        assertThat(report.getText()).contains("Nothing was stored", "bad.csv", "persons", "missing column");
        assertThat(browser.findElements(By.cssSelector("#report tr[data-kind='missing-column']"))).hasSize(1);
        screenshot("allocation-report");
    }

    private static void screenshot(String name) throws java.io.IOException {
        Path shot = browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath();
        Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(shot, Path.of("target/screenshots/" + name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
