package org.pactum.server.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pactum.server.audit.AuditTrail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Leaves an audit record of every write request (POST, PUT, PATCH, DELETE), whoever made it and
 * however it ended: done, refused, or failed. Domain services add their own, more precise record
 * in the same transaction as the change.
 */
class WriteAuditFilter extends OncePerRequestFilter {

    private final AuditTrail audit;

    WriteAuditFilter(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SecurityConfiguration.isWrite(request)) {
            chain.doFilter(request, response);
            return;
        }
        String actor = audit.currentActor();
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            String outcome = status < 400 ? AuditTrail.DONE : AuditTrail.REFUSED;
            String who = "anonymous".equals(actor) ? audit.currentActor() : actor;
            audit.recordAttempt(who, request.getMethod() + " " + request.getRequestURI(), request.getRequestURI(),
                    outcome, "HTTP " + status);
        }
    }
}
