package org.pactum.server.fairshare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.pactum.server.testing.Browser;
import org.pactum.server.testing.BrowserIntegrationTest;

/** A negotiator uses the calculator, compares two keys, and an analyst records a pledge in the demo pool. */
class FairShareBrowserIT extends BrowserIntegrationTest {


    private static long number(String text) {
        return Long.parseLong(text.replace(",", "").strip());
    }

    @Test
    void theCalculatorSharesThePoolAndComparesTwoKeys() {
        browser.get(url("/fair-shares?lang=en"));
        WebElement form = browser.findElement(By.id("calculator"));
        form.findElement(By.id("total")).clear();
        form.findElement(By.id("total")).sendKeys("21000");
        new Select(form.findElement(By.id("compare"))).selectByValue("eu-relocation-2015");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting(Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("compare=eu-relocation-2015"));

        List<WebElement> persons = browser.findElements(By.cssSelector("#shares td.persons"));
        assertThat(persons).hasSize(23);
        assertThat(persons.stream().mapToLong(p -> number(p.getText())).sum()).isEqualTo(21_000);
        assertThat(browser.findElement(By.id("allotted")).getText()).contains("21,000 persons allotted of 21,000");
        List<WebElement> differences = browser.findElements(By.cssSelector("#comparison tbody tr"));
        assertThat(differences).hasSize(23);
        // both keys share the same 21,000 persons, so the differences per state cancel out
        assertThat(differences.stream().mapToLong(r -> number(r.findElements(By.tagName("td")).get(2).getText())).sum()).isZero();
        waiting().until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('bar-chart')) !== undefined")));
    }

    @Test
    void anAnalystSignsInAndPledgesForTheirState() {
        browser.get(url("/pools/asp-2026?lang=en"));
        long dueBefore = number(browser.findElement(By.cssSelector("tr[data-state='DEU'] td.gap")).getText().replace(".00", ""));
        assertThat(Browser.absent(browser, By.id("pledge-form"))).isTrue();

        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("analyst.deu");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting(Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("/login"));

        browser.get(url("/pools/asp-2026"));
        WebElement form = browser.findElement(By.id("pledge-form"));
        assertThat(new Select(form.findElement(By.id("state"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("DEU");
        form.findElement(By.id("relocations")).clear();
        form.findElement(By.id("relocations")).sendKeys("100");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        // the click only starts the form's submission: wait for the page it leads to
        WebElement saved = waiting(Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("[role=status]")).stream().findFirst().orElse(null));
        assertThat(saved.getText()).contains("Pledge of DEU saved");
        long gapAfter = number(browser.findElement(By.cssSelector("tr[data-state='DEU'] td.gap")).getText().replace(".00", ""));
        assertThat(gapAfter).isEqualTo(dueBefore - 100);
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
    }
}
