package org.pactum.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pactum.server.identity.internal.AccountRepository;
import org.pactum.server.testing.IntegrationTest;
import org.pactum.server.testing.Members;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The defences a public-sector service is expected to have, each shown working over real HTTP where
 * the browser's behaviour matters: no write without its CSRF token on any form or session-borne API
 * call; a new session on sign-in (no session fixation); an account locked after repeated wrong
 * passwords; API tokens stored only as hashes; an upload over the size limit or of the wrong type
 * refused with a problem detail and nothing stored.
 */
class SecurityHardeningIT extends IntegrationTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    /** Every route that changes something refuses a session-borne request without the CSRF token. */
    @Test
    void everyWriteNeedsItsCsrfTokenWhenTheBrowserCarriesTheSession() throws Exception {
        List<String> unprotected = new ArrayList<>();
        int writes = 0;
        for (Map.Entry<RequestMappingInfo, ?> entry : handlers.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (RequestMethod method : methods) {
                if (method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS) {
                    continue;
                }
                for (String pattern : entry.getKey().getPatternValues()) {
                    String path = pattern.replaceAll("\\{[^}]+}", "DEMO-ASP-2026");
                    writes++;
                    int status = mvc.perform(request(HttpMethod.valueOf(method.name()), path).with(user(Members.ADMIN))
                                    .cookie(new Cookie("JSESSIONID", "a-browser-session"))
                                    .contentType(MediaType.APPLICATION_JSON).content("{}"))
                            .andReturn().getResponse().getStatus();
                    if (status != 403) {
                        unprotected.add(method + " " + pattern + " -> " + status);
                    }
                }
            }
        }
        assertThat(writes).as("write routes found").isGreaterThan(20);
        assertThat(unprotected).as("writes accepted without a CSRF token").isEmpty();
    }

    /** Every form that posts, on the pages each role sees, carries the CSRF token. */
    @Test
    void everyPostedFormCarriesTheCsrfToken() throws Exception {
        List<String> pages = List.of("/login", "/", "/admin/imports", "/pools", "/agreements/DEMO-ASP-2026",
                "/agreements/DEMO-EU-TUR-2016", "/finance/agreements/DEMO-EU-TUR-2016", "/monitoring", "/fair-shares");
        Set<String> formsSeen = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        for (var member : List.of(Members.ADMIN, Members.ANALYST_DEU, Members.VERIFIER)) {
            for (String page : pages) {
                String html = mvc.perform(get(page).with(user(member)).accept(MediaType.TEXT_HTML))
                        .andReturn().getResponse().getContentAsString();
                Matcher form = FORM.matcher(html);
                while (form.find()) {
                    if (!form.group(1).toLowerCase().contains("method=\"post\"")) {
                        continue;
                    }
                    String action = Optional.of(Pattern.compile("action=\"([^\"]*)\"").matcher(form.group(1)))
                            .filter(Matcher::find).map(m -> m.group(1)).orElse(page);
                    formsSeen.add(action.replaceAll("/[0-9]+", "/N"));
                    if (!CSRF_FIELD.matcher(form.group(2)).find()) {
                        missing.add(member.getUsername() + " on " + page + ": form to " + action);
                    }
                }
            }
        }
        assertThat(formsSeen).as("posted forms found").contains("/login", "/logout", "/admin/imports");
        assertThat(missing).as("forms without the CSRF token").isEmpty();
    }

    /** Signing in gives a new session; the one held before signing in stays anonymous. */
    @Test
    void signingInStartsANewSession() throws Exception {
        createAccount("fixation.test");
        Browser browser = new Browser();
        String token = browser.csrfToken("/login");
        String before = browser.session().orElseThrow();

        HttpResponse<String> signedIn = browser.post("/login", "username=fixation.test&password=" + PASSWORD + "&_csrf=" + token);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String after = browser.session().orElseThrow();
        assertThat(after).isNotEqualTo(before);

        assertThat(new Browser().withSession(after).get("/api/v1/tokens").statusCode()).isEqualTo(200);
        assertThat(new Browser().withSession(before).get("/api/v1/tokens").statusCode()).isEqualTo(401);
    }

    /**
     * Five wrong passwords in a row lock the account for fifteen minutes: then even the right password
     * is refused and says why; other accounts are untouched; once the lock has passed (moved into the
     * past here rather than waited for), the right password works and the count starts again.
     */
    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() throws Exception {
        createAccount("lockout.test");
        createAccount("lockout.other");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn("lockout.test", "wrong-" + attempt)).as("attempt %d", attempt).endsWith("/login?error");
        }
        assertThat(signIn("lockout.test", PASSWORD)).as("a success clears the count").doesNotContain("/login?");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn("lockout.test", "wrong-" + attempt)).endsWith("/login?error");
        }
        assertThat(lockedUntil("lockout.test")).as("not locked after four").isEmpty();
        assertThat(signIn("lockout.test", "wrong-5")).endsWith("/login?error");
        Instant until = lockedUntil("lockout.test").orElseThrow();
        assertThat(Duration.between(Instant.now(), until)).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));

        assertThat(signIn("lockout.test", PASSWORD)).as("the right password while locked").endsWith("/login?locked");
        assertThat(new Browser().get("/login?locked").body()).contains("locked");
        assertThat(signIn("lockout.other", PASSWORD)).as("another account").doesNotContain("/login?");

        jdbc.sql("UPDATE app_user SET locked_until = ? WHERE username = 'lockout.test'")
                .param(Timestamp.from(Instant.now().minusSeconds(1))).update();
        assertThat(signIn("lockout.test", PASSWORD)).doesNotContain("/login?");
        assertThat(jdbc.sql("SELECT failed_sign_ins FROM app_user WHERE username = 'lockout.test'").query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'identity.locked' AND subject = "
                + "'account lockout.test'").query(Long.class).single()).isEqualTo(1);
    }

    /** The database holds a token's SHA-256 hash, never the token itself. */
    @Test
    void apiTokensAreStoredOnlyAsTheirHash() throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").with(user(Members.ANALYST_DEU)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"hash test\"}"))
                .andReturn().getResponse().getContentAsString();
        JsonNode issued = json.readTree(body);
        String secret = issued.path("secret").asString();
        assertThat(secret).startsWith("pct_").hasSizeGreaterThan(40);
        Map<String, Object> row = jdbc.sql("SELECT * FROM api_token WHERE id = ?").param(issued.path("id").asString())
                .query().singleRow();
        String expectedHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(row.get("token_hash")).isEqualTo(expectedHash);
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(secret.substring(4)));
        assertThat(new Browser().bearer(secret).get("/api/v1/tokens").statusCode()).isEqualTo(200);
    }

    /** Uploads over the limit (1 MB in the tests) or not CSV text are refused with a problem detail; nothing stored. */
    @Test
    void uploadsOverTheLimitOrOfTheWrongTypeAreRefused() throws Exception {
        String token = json.readTree(mvc.perform(post("/api/v1/tokens").with(user(Members.ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"uploads\"}"))
                .andReturn().getResponse().getContentAsString()).path("secret").asString();
        long before = jdbc.sql("SELECT COUNT(*) FROM observation WHERE indicator_code = 'wdi.population' AND period = '2041'")
                .query(Long.class).single();

        StringBuilder big = new StringBuilder("Country Name,Country Code,Year,Value\n");
        while (big.length() < 1_500_000) {
            big.append("Germany,DEU,2041,83600000\n");
        }
        HttpResponse<String> tooLarge = upload(token, big.toString().getBytes(StandardCharsets.UTF_8), "big.csv");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> wrongType = upload(token, pdf, "population.csv");
        assertThat(wrongType.statusCode()).isEqualTo(422);
        assertThat(wrongType.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(wrongType.body()).path("reason").asString()).contains("not CSV text");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM observation WHERE indicator_code = 'wdi.population' AND period = '2041'")
                .query(Long.class).single()).isEqualTo(before);
    }

    private HttpResponse<String> upload(String token, byte[] content, String fileName) throws Exception {
        String boundary = "pactum-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {{"indicator", "wdi.population"}, {"edition", "upload test"}, {"format", "wdi"}}) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/imports"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void createAccount(String username) {
        if (!accounts.exists(username)) {
            accounts.create(new Member(username, Role.ANALYST, Optional.of("DEU"), username), passwords.encode(PASSWORD));
        }
    }

    private Optional<Instant> lockedUntil(String username) {
        return jdbc.sql("SELECT locked_until FROM app_user WHERE username = ?").param(username)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant)).single();
    }

    /** Signs in from a fresh browser; where the sign-in form sends it next. */
    private String signIn(String username, String password) throws Exception {
        Browser browser = new Browser();
        String token = browser.csrfToken("/login");
        HttpResponse<String> response = browser.post("/login", "username=" + username + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** A browser over real HTTP: it keeps its cookies and does not follow redirects. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private Optional<String> bearer = Optional.empty();

        Browser withSession(String id) {
            HttpCookie cookie = new HttpCookie("JSESSIONID", id);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(URI.create("http://localhost:" + port + "/"), cookie);
            return this;
        }

        Browser bearer(String token) {
            bearer = Optional.of(token);
            return this;
        }

        Optional<String> session() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst();
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
            bearer.ifPresent(t -> request.header("Authorization", "Bearer " + t));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrfToken(String page) throws Exception {
            Matcher m = CSRF_FIELD.matcher(get(page).body());
            assertThat(m.find()).as("CSRF token on " + page).isTrue();
            return m.group(1);
        }
    }
}
