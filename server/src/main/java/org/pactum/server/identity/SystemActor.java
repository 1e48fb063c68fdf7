package org.pactum.server.identity;

import java.util.Optional;
import java.util.function.Supplier;
import org.pactum.server.identity.internal.MemberDetails;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Lets Pactum act on its own authority (loading demo agreements, carrying out a consequence the
 * parties agreed to when a trigger is breached) as an administrator named {@code system:<task>},
 * so that the audit trail says who acted.
 */
@Component
public class SystemActor {

    public <T> T call(String task, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        MemberDetails details = new MemberDetails(new Member("system:" + task, Role.ADMIN, Optional.empty(), "Pactum"), "", true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String task, Runnable work) {
        call(task, () -> {
            work.run();
            return null;
        });
    }
}
