package org.pactum.server.identity.internal;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.identity.ApiTokens;
import org.pactum.server.support.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Published pages and reference data are open to the public; writes need a
 * signed-in account (session with CSRF protection for pages, bearer token for machine clients);
 * administration needs the ADMIN role. API clients get RFC 9457 problem details, never a login page.
 */
@Configuration
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, AccountRepository accounts,
            AuditTrail audit) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher bearer = request -> {
            String header = request.getHeader("Authorization");
            return header != null && header.startsWith("Bearer ");
        };
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/login", "/v3/api-docs/**", "/api-docs.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/admin/**", "/api/v1/admin/**", "/api/v1/audit/**").hasRole("ADMIN")
                        .requestMatchers("/account/**", "/api/v1/tokens/**").authenticated()
                        // grievances: anyone files and follows a complaint; only grievance officers handle them
                        .requestMatchers("/grievances/inbox/**", "/api/v1/grievances/inbox/**").hasRole("GRIEVANCE_OFFICER")
                        // case allocation: case data only for allocation officers; administrators see run summaries
                        .requestMatchers("/allocation/runs/**", "/api/v1/allocation/**").hasAnyRole("ALLOCATION_OFFICER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/grievances", "/grievances/track", "/api/v1/grievances",
                                "/api/v1/grievances/receipts").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof LockedException ? "/login?locked" : "/login?error"))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(bearer, request -> api.matches(request) && !hasSessionCookie(request)))
                .userDetailsService(accounts)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, e) ->
                                problem(response, HttpStatus.UNAUTHORIZED, "Sign in or present an API token"), api)
                        .defaultAccessDeniedHandlerFor((request, response, e) ->
                                problem(response, HttpStatus.FORBIDDEN, e.getMessage()), api))
                .addFilterBefore(new ApiTokenFilter(tokens, accounts), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new WriteAuditFilter(audit), ExceptionTranslationFilter.class);
        return http.build();
    }

    static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemResponses.write(response, status, detail, java.util.Map.of());
    }

    /**
     * An API call without a session cookie carries no ambient credentials, so it cannot be a
     * cross-site request forgery; it is then authenticated (or refused with 401) on its own.
     */
    static boolean hasSessionCookie(HttpServletRequest request) {
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        return cookies != null && java.util.Arrays.stream(cookies).anyMatch(c -> c.getName().equals("JSESSIONID"));
    }

    static boolean isWrite(HttpServletRequest request) {
        String method = request.getMethod();
        return !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || method.equals("TRACE"));
    }
}
