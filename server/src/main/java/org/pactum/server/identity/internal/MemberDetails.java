package org.pactum.server.identity.internal;

import java.util.Collection;
import java.util.List;
import org.pactum.server.identity.Member;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A member as Spring Security sees it. */
public record MemberDetails(Member member, String passwordHash, boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(member.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return member.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
