package org.pactum.server.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pactum.server.identity.internal.MemberDetails;
import org.pactum.server.testing.IntegrationTest;
import org.pactum.server.testing.Members;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No public route answers with a server error, whoever asks and whatever they send. The test walks
 * every GET route of the OpenAPI document, and every GET page, over real HTTP: with the demo data's
 * identifiers, and with unknown, malformed and oversized identifiers and query values; anonymously
 * and as each demo role. It fails on any 5xx, and on any API error whose body is not an RFC 9457
 * problem detail of the same status.
 */
class PublicRoutesIT extends IntegrationTest {

    /** Values no route should take for an identifier or a parameter, as sent in a URL. */
    static final List<String> HOSTILE = List.of("ZZZ-UNKNOWN-0", "-1", "0", "99999999999999999999999999",
            "%20", "%27%22%3Cscript%3Ealert(1)%3C%2Fscript%3E", "..%2F..%2Fetc%2Fpasswd", "%00", "1e309", "NaN",
            "x".repeat(3000));

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping pages;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final List<String> failures = new ArrayList<>();

    private int requests;

    @Test
    void noRouteAnswersWithAServerErrorOrAnErrorThatIsNotAProblemDetail() throws Exception {
        JsonNode openApi = json.readTree(get("/v3/api-docs", Optional.empty()).body());
        Map<String, List<Parameter>> apiRoutes = apiRoutes(openApi);
        assertThat(apiRoutes).as("GET routes in the OpenAPI document").hasSizeGreaterThan(30);
        Set<String> demoIds = demoIdentifiers();

        Map<String, Optional<String>> callers = new LinkedHashMap<>();
        callers.put("the public", Optional.empty());
        callers.put("admin", Optional.of(token(Members.ADMIN)));
        callers.put("analyst.deu", Optional.of(token(Members.ANALYST_DEU)));
        callers.put("verifier", Optional.of(token(Members.VERIFIER)));
        callers.put("grievance.officer", Optional.of(token(Members.GRIEVANCE_OFFICER)));
        callers.put("allocation.officer.deu", Optional.of(token(Members.ALLOCATION_OFFICER_DEU)));

        // hostile values test how parameters are read, which is the same for everyone: the public
        // sends them; each role then reads every route with the demo identifiers
        for (Map.Entry<String, Optional<String>> caller : callers.entrySet()) {
            boolean hostile = caller.getKey().equals("the public");
            List<String> ids = hostile || caller.getKey().equals("admin") ? List.copyOf(demoIds)
                    : List.copyOf(demoIds).subList(0, 8);
            for (Map.Entry<String, List<Parameter>> route : apiRoutes.entrySet()) {
                for (String url : urls(route.getKey(), route.getValue(), ids, hostile)) {
                    check(url, caller, true);
                }
            }
        }
        for (String page : pageRoutes()) {
            for (String url : urls(page, parametersOf(page), List.copyOf(demoIds).subList(0, 8), true)) {
                check(url, Map.entry("the public", Optional.<String>empty()), false);
            }
        }
        assertThat(failures).as("answers out of %d requests that broke the rule", requests).isEmpty();
    }

    private void check(String url, Map.Entry<String, Optional<String>> caller, boolean api) throws Exception {
        HttpResponse<String> response = get(url, caller.getValue());
        int status = response.statusCode();
        String who = caller.getKey() + " GET " + abbreviated(url) + " -> " + status;
        if (status >= 500) {
            failures.add(who + " (server error)");
            return;
        }
        if (api && status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                failures.add(who + " with Content-Type '" + type + "' instead of a problem detail");
                return;
            }
            JsonNode problem = json.readTree(response.body());
            if (problem.path("status").asInt() != status) {
                failures.add(who + " with a problem detail whose status is " + problem.path("status"));
            }
        }
    }

    private HttpResponse<String> get(String pathAndQuery, Optional<String> token) throws Exception {
        requests++;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json, text/html;q=0.9, */*;q=0.8").GET();
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A parameter of a route: in the path or the query. */
    record Parameter(String name, boolean inPath) {
    }

    private static Map<String, List<Parameter>> apiRoutes(JsonNode openApi) {
        Map<String, List<Parameter>> routes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                continue;
            }
            List<Parameter> parameters = new ArrayList<>();
            for (JsonNode p : get.path("parameters")) {
                String in = p.path("in").asString();
                if (in.equals("path") || in.equals("query")) {
                    parameters.add(new Parameter(p.path("name").asString(), in.equals("path")));
                }
            }
            routes.put(path.getKey(), parameters);
        }
        return routes;
    }

    /** The GET pages (not the API, which the OpenAPI document describes, nor static files). */
    private Set<String> pageRoutes() {
        Set<String> routes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, ?> entry : pages.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.startsWith("/v3/") && !pattern.equals("/error")
                        && !pattern.contains("swagger") && !pattern.equals("/logout")) {
                    routes.add(pattern);
                }
            }
        }
        return routes;
    }

    private static List<Parameter> parametersOf(String template) {
        List<Parameter> parameters = new ArrayList<>();
        Matcher m = TEMPLATE.matcher(template);
        while (m.find()) {
            parameters.add(new Parameter(m.group(1).replaceAll(":.*", ""), true));
        }
        return parameters;
    }

    /**
     * The URLs to try for a route: each demo identifier in every path parameter, each hostile value in
     * one path parameter at a time, and each hostile value in one query parameter at a time.
     */
    private static List<String> urls(String template, List<Parameter> parameters, List<String> demo,
            boolean hostile) {
        List<Parameter> inPath = parameters.stream().filter(Parameter::inPath).toList();
        List<Parameter> inQuery = parameters.stream().filter(p -> !p.inPath()).toList();
        Set<String> urls = new LinkedHashSet<>();
        if (inPath.isEmpty()) {
            urls.add(template);
        }
        for (String id : demo) {
            urls.add(fill(template, inPath, Map.of(), encode(id)));
        }
        String base = fill(template, inPath, Map.of(), encode(demo.get(0)));
        for (Parameter q : inQuery) {
            for (String id : demo.subList(0, Math.min(4, demo.size()))) {
                urls.add(base + "?" + q.name() + "=" + encode(id));
            }
        }
        if (hostile) {
            for (String value : HOSTILE) {
                for (Parameter p : inPath) {
                    urls.add(fill(template, inPath, Map.of(p.name(), value), encode(demo.get(0))));
                }
                for (Parameter q : inQuery) {
                    urls.add(base + "?" + q.name() + "=" + value);
                }
            }
        }
        return List.copyOf(urls);
    }

    private static String fill(String template, List<Parameter> inPath, Map<String, String> chosen, String others) {
        String url = template;
        for (Parameter p : inPath) {
            url = url.replaceFirst("\\{" + Pattern.quote(p.name()) + "(:[^}]*)?}",
                    Matcher.quoteReplacement(chosen.getOrDefault(p.name(), others)));
        }
        return url;
    }

    /**
     * Identifiers of the demo data, read from the public lists: agreements, parties, pools, keys,
     * instruments, countries, series and dictionary entries.
     */
    private Set<String> demoIdentifiers() throws Exception {
        Set<String> ids = new LinkedHashSet<>(List.of("DEMO-ASP-2026", "DEU", "TUR", "0", "1"));
        collect(ids, "/api/v1/agreements", "id");
        collect(ids, "/api/v1/parties", "id");
        collect(ids, "/api/v1/pools", "id");
        collect(ids, "/api/v1/keys", "id");
        collect(ids, "/api/v1/finance/instruments", "id");
        collect(ids, "/api/v1/indicators", "code");
        ids.addAll(List.of("agreement-type", "indicator", "wdi.population", "eu-ammr-2024"));
        return ids;
    }

    private void collect(Set<String> ids, String list, String field) throws Exception {
        JsonNode answer = json.readTree(get(list, Optional.empty()).body());
        JsonNode items = answer.isArray() ? answer : answer.path("items");
        int taken = 0;
        for (JsonNode item : items) {
            if (item.hasNonNull(field) && taken++ < 3) {
                ids.add(item.get(field).asString());
            }
        }
    }

    private String token(MemberDetails member) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").with(user(member)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"route walk\"}"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).path("secret").asString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviated(String url) {
        return url.length() > 160 ? url.substring(0, 160) + "..." : url;
    }
}
