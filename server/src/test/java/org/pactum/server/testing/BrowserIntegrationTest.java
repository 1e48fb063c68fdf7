package org.pactum.server.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
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

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
