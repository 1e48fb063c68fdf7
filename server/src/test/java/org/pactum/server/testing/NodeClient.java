package org.pactum.server.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A machine client of a {@link PactumNode} over HTTP, as an integration partner would use the API:
 * it signs in once through the login form, issues itself an API token, and then sends bearer-token
 * requests without a session.
 */
public final class NodeClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"(pct_[^\"]+)\"");

    private final String url;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private NodeClient(String url, String token) {
        this.url = url;
        this.token = token;
    }

    /** Signs in as the account given and issues an API token for it. */
    public static NodeClient signIn(String url, String username, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(3)).build();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf(browser, url), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + login.statusCode() + " " + location);
        }
        // signing in gives a new session and a new CSRF token: read it from a form of the signed-in session
        HttpResponse<String> issued = browser.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/tokens"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf(browser, url))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"fault test\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher secret = SECRET.matcher(issued.body());
        if (issued.statusCode() != 201 || !secret.find()) {
            throw new IllegalStateException("no API token issued: " + issued.statusCode() + " " + issued.body());
        }
        return new NodeClient(url, secret.group(1));
    }

    private static String csrf(HttpClient browser, String url) throws IOException, InterruptedException {
        String page = browser.send(HttpRequest.newBuilder(URI.create(url + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    /** A JSON POST with the token; an exception if the node does not answer at all. */
    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An anonymous GET; an exception if the node does not answer at all. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
