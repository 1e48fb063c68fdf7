package org.pactum.server.support;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details written straight to the response, for the places that answer before a
 * controller exists to return one: the security filters, the parameter guard, the web server's own
 * error report. Controllers return {@code ProblemDetail} instead (see {@code ApiProblems}).
 */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    /** The problem detail as JSON text, with its properties after the standard members. */
    public static String json(HttpStatus status, String detail, Map<String, ?> properties) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail == null ? status.getReasonPhrase() : detail);
        problem.putAll(properties);
        return JSON.writeValueAsString(problem);
    }

    /** Answers the request with this problem detail. */
    public static void write(HttpServletResponse response, HttpStatus status, String detail, Map<String, ?> properties)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(status, detail, properties));
    }
}
