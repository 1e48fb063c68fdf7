package org.pactum.server.testing;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the browser tests: one headless Chromium per test class, on the application's random port. */
public abstract class BrowserIntegrationTest extends IntegrationTest {

    protected static ChromeDriver browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /**
     * Waits up to ten seconds. An element found on the page being left can go stale while the next
     * page loads; the wait then looks again instead of failing.
     */
    protected WebDriverWait waiting() {
        return waiting(Duration.ofSeconds(10));
    }

    protected WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
