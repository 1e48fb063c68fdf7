package org.pactum.server.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.pactum.core.register.Hash;
import org.pactum.core.register.RegisterKeys;
import org.pactum.core.register.SignedTreeHead;
import org.pactum.core.register.TreeHead;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of a Pactum register's public API ({@code /api/v1/log}), for an auditor: it only reads,
 * and turns each answer into the core's types without trusting any of it. Anything that is not an
 * answer in the documented format (no connection, an HTTP error, JSON of another shape) is an
 * {@link Unreachable}: the check could not be made.
 */
class LogClient {

    /** The check could not be made: the register did not answer, or not in the documented format. */
    static final class Unreachable extends Exception {

        private static final long serialVersionUID = 1L;

        Unreachable(String message) {
            super(message);
        }

        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** An entry as downloaded: its position and its exact bytes. */
    record Entry(long index, byte[] leaf) {
    }

    private final String baseUrl;
    private final HttpClient http;

    LogClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    String baseUrl() {
        return baseUrl;
    }

    SignedTreeHead treeHead() throws Unreachable {
        String path = "/api/v1/log/tree-head";
        JsonNode json = get(path);
        try {
            TreeHead head = new TreeHead(number(json, "tree_size", path), Instant.ofEpochMilli(number(json, "timestamp", path)),
                    hash(json, "root_hash", path));
            return new SignedTreeHead(head, bytes(json, "signature", path));
        } catch (IllegalArgumentException e) {
            throw new Unreachable("GET " + baseUrl + path + ": not a tree head: " + e.getMessage(), e);
        }
    }

    PublicKey publicKey() throws Unreachable {
        String path = "/api/v1/log/public-key";
        JsonNode json = get(path);
        try {
            return RegisterKeys.publicKeyFromBase64(text(json, "public_key", path));
        } catch (IllegalArgumentException e) {
            throw new Unreachable("GET " + baseUrl + path + ": not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /** The entries from {@code start} to {@code end} inclusive; the register may return fewer. */
    List<Entry> entries(long start, long end) throws Unreachable {
        String path = "/api/v1/log/entries?start=" + start + "&end=" + end;
        JsonNode entries = get(path).path("entries");
        if (!entries.isArray()) {
            throw new Unreachable("GET " + baseUrl + path + ": no 'entries' array");
        }
        List<Entry> result = new ArrayList<>(entries.size());
        for (JsonNode entry : entries) {
            result.add(new Entry(number(entry, "index", path), bytes(entry, "leaf", path)));
        }
        return result;
    }

    List<Hash> consistency(long first, long second) throws Unreachable {
        String path = "/api/v1/log/proof/consistency?first=" + first + "&second=" + second;
        return hashes(get(path), "consistency", path);
    }

    List<Hash> inclusion(long index, long treeSize) throws Unreachable {
        String path = "/api/v1/log/proof/inclusion?index=" + index + "&tree_size=" + treeSize;
        return hashes(get(path), "audit_path", path);
    }

    private JsonNode get(String path) throws Unreachable {
        String url = baseUrl + path;
        HttpResponse<String> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json").GET().build();
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new Unreachable("'" + url + "' is not a URL: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new Unreachable("GET " + url + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("GET " + url + ": interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new Unreachable("GET " + url + ": HTTP " + response.statusCode() + detail(response.body()));
        }
        try {
            return JsonMapper.shared().readTree(response.body());
        } catch (JacksonException e) {
            throw new Unreachable("GET " + url + ": the answer is not JSON", e);
        }
    }

    private static String detail(String body) {
        try {
            JsonNode problem = JsonMapper.shared().readTree(body);
            String detail = problem.path("detail").asString("");
            return detail.isEmpty() ? "" : ": " + detail;
        } catch (JacksonException e) {
            return "";
        }
    }

    private long number(JsonNode json, String field, String path) throws Unreachable {
        JsonNode value = json.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new Unreachable("GET " + baseUrl + path + ": '" + field + "' is not a whole number");
        }
        return value.longValue();
    }

    private String text(JsonNode json, String field, String path) throws Unreachable {
        JsonNode value = json.get(field);
        if (value == null || !value.isString()) {
            throw new Unreachable("GET " + baseUrl + path + ": '" + field + "' is missing");
        }
        return value.stringValue();
    }

    private byte[] bytes(JsonNode json, String field, String path) throws Unreachable {
        try {
            return Base64.getDecoder().decode(text(json, field, path));
        } catch (IllegalArgumentException e) {
            throw new Unreachable("GET " + baseUrl + path + ": '" + field + "' is not base64");
        }
    }

    private Hash hash(JsonNode json, String field, String path) throws Unreachable {
        byte[] bytes = bytes(json, field, path);
        if (bytes.length != Hash.LENGTH) {
            throw new Unreachable("GET " + baseUrl + path + ": '" + field + "' is not a SHA-256 hash");
        }
        return new Hash(bytes);
    }

    private List<Hash> hashes(JsonNode json, String field, String path) throws Unreachable {
        JsonNode array = json.get(field);
        if (array == null || !array.isArray()) {
            throw new Unreachable("GET " + baseUrl + path + ": no '" + field + "' array");
        }
        List<Hash> hashes = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(element.asString(""));
            } catch (IllegalArgumentException e) {
                throw new Unreachable("GET " + baseUrl + path + ": an element of '" + field + "' is not base64");
            }
            if (bytes.length != Hash.LENGTH) {
                throw new Unreachable("GET " + baseUrl + path + ": an element of '" + field + "' is not a SHA-256 hash");
            }
            hashes.add(new Hash(bytes));
        }
        return hashes;
    }
}
