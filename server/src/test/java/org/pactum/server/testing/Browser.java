package org.pactum.server.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages, driven
 * through Selenium. Nothing is downloaded: the browser and driver paths are given explicitly
 * ({@code PACTUM_CHROMIUM}, {@code PACTUM_CHROMEDRIVER} override them). Without them the browser
 * tests are skipped, or fail when {@code PACTUM_REQUIRE_BROWSER=true} (as in CI).
 */
public final class Browser {

    /** How long looking for an element waits for it to appear. */
    static final Duration WAIT = Duration.ofSeconds(10);

    /** Whether the page shows no such element, asked without waiting for one to appear. */
    public static boolean absent(WebDriver browser, By element) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return browser.findElements(element).isEmpty();
        } finally {
            browser.manage().timeouts().implicitlyWait(WAIT);
        }
    }

    private Browser() {
    }

    public static ChromeDriver start() {
        Path chromium = Path.of(env("PACTUM_CHROMIUM", "/usr/bin/chromium"));
        Path driver = Path.of(env("PACTUM_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            String message = "Chromium or ChromeDriver missing (" + chromium + ", " + driver
                    + "); install Debian's chromium and chromium-driver (scripts/test does)";
            if (Boolean.parseBoolean(env("PACTUM_REQUIRE_BROWSER", "false"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // a click that submits a form or follows a link returns before the next page is there: looking
        // for an element waits up to this long for it to appear (a busy machine can take seconds)
        browser.manage().timeouts().implicitlyWait(WAIT);
        return browser;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
