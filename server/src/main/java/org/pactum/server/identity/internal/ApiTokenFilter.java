package org.pactum.server.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.pactum.server.identity.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in a machine client that presents {@code Authorization: Bearer pct_...}. A wrong token is refused outright. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final AccountRepository accounts;

    ApiTokenFilter(ApiTokens tokens, AccountRepository accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<MemberDetails> member = tokens.ownerOf(header.substring("Bearer ".length()).strip())
                .flatMap(accounts::findByUsername)
                .filter(MemberDetails::enabled);
        if (member.isEmpty()) {
            SecurityConfiguration.problem(response, HttpStatus.UNAUTHORIZED, "The API token is unknown or revoked");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member.get(), null,
                member.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
