package org.pactum.server.grievances;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.pactum.server.testing.BrowserIntegrationTest;

/**
 * In a real browser: a woman held in a pre-removal centre files a complaint in Arabic on the
 * right-to-left form, without an account, and keeps the receipt code. UNHCR's grievance officer
 * signs in, opens it (the Arabic text as written), takes it up and resolves it with a response.
 * The complainant, with nothing but her code, sees it resolved and reads the response, in Arabic.
 */
class GrievanceInArabicBrowserIT extends BrowserIntegrationTest {

    static final String PLACE = "مركز الترحيل، اختبار المتصفح";
    static final String DESCRIPTION = "لم يُسمح لي بالاتصال بمحامٍ منذ عشرة أيام";
    static final String RESPONSE = "Access to a lawyer was arranged on 4 December; the centre's rules were corrected.";

    @Test
    void aComplaintFiledInArabicIsFollowedWithItsReceiptCodeToItsResolution() {
        browser.get(url("/grievances?lang=ar"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("تقديم شكوى");
        new Select(browser.findElement(By.id("category"))).selectByValue("detention");
        assertThat(new Select(browser.findElement(By.id("category"))).getFirstSelectedOption().getText()).isEqualTo("الاحتجاز");
        browser.findElement(By.id("place")).sendKeys(PLACE);
        browser.findElement(By.id("description")).sendKeys(DESCRIPTION);
        browser.findElement(By.id("file")).click();

        waiting().until(d -> d.getCurrentUrl().endsWith("/grievances/filed"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("تم استلام شكواك");
        String code = browser.findElement(By.id("receipt-code")).getText();
        assertThat(code).matches("[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}");

        track(code);
        assertThat(browser.findElement(By.id("status")).getAttribute("data-status")).isEqualTo("RECEIVED");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("مستلمة");

        // UNHCR triages complaints that name no party
        signIn("grievance.officer");
        browser.get(url("/grievances/inbox?status=RECEIVED"));
        browser.findElement(By.xpath("//table[@id='inbox']//tr[td[normalize-space()='" + PLACE + "']]//a")).click();
        waiting().until(d -> d.getCurrentUrl().matches(".*/grievances/inbox/\\d+$"));
        assertThat(browser.findElement(By.id("description")).getText()).isEqualTo(DESCRIPTION);
        assertThat(browser.findElement(By.id("description")).getAttribute("dir")).isEqualTo("rtl");
        browser.findElement(By.id("review")).click();
        waiting().until(d -> "UNDER_REVIEW".equals(d.findElement(By.id("status")).getAttribute("data-status")));
        browser.findElement(By.id("response-text")).sendKeys(RESPONSE);
        browser.findElement(By.id("resolve")).click();
        waiting().until(d -> "RESOLVED".equals(d.findElement(By.id("status")).getAttribute("data-status")));
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("a[href$='/login']")).isEmpty());

        track(code);
        assertThat(browser.findElement(By.id("status")).getAttribute("data-status")).isEqualTo("RESOLVED");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("تمت معالجتها");
        assertThat(browser.findElement(By.id("response")).getText()).isEqualTo(RESPONSE);
        assertThat(browser.findElements(By.cssSelector("#steps li"))).hasSize(3);

        // a wrong code: "not found", nothing more
        track("AAAAA-BBBBB-CCCCC-DDDDD");
        assertThat(browser.findElement(By.id("track-error")).getText()).isEqualTo("غير موجود.");
    }

    private void track(String code) {
        browser.get(url("/grievances/track?lang=ar"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("track")).click();
        waiting().until(d -> !d.findElements(By.id("tracked")).isEmpty() || !d.findElements(By.id("track-error")).isEmpty());
    }

    private void signIn(String user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
    }
}
