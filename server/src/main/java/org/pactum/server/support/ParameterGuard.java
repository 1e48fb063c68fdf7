package org.pactum.server.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400, before any controller, a request parameter (in the address or a posted form)
 * that holds a control character such as NUL: no name, code or text in Pactum contains one, and
 * PostgreSQL cannot store it. The problem detail names the parameter. Multipart uploads are left to
 * their importers, which read the file as data.
 */
@Component
class ParameterGuard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        Optional<String> bad = type != null && type.toLowerCase().startsWith("multipart/") ? Optional.empty()
                : controlCharacterIn(request.getParameterMap());
        if (bad.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            String name = bad.get().replaceAll("\\p{Cntrl}", "?");
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "Parameter '" + name + "' holds a control character",
                    Map.of("parameter", name));
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    private static Optional<String> controlCharacterIn(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (hasControl(parameter.getKey())) {
                return Optional.of(parameter.getKey());
            }
            for (String value : parameter.getValue()) {
                if (hasControl(value)) {
                    return Optional.of(parameter.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** Control characters other than tab, line feed and carriage return (which text areas send). */
    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
