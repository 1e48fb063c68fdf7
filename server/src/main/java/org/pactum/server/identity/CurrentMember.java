package org.pactum.server.identity;

import java.util.Optional;
import org.pactum.server.identity.internal.MemberDetails;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Tells who is signed in for the current request, if anyone. */
@Component
public class CurrentMember {

    public Optional<Member> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MemberDetails details) {
            return Optional.of(details.member());
        }
        return Optional.empty();
    }
}
