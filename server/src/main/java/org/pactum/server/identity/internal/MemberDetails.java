package org.pactum.server.identity.internal;

import java.util.Collection;
import java.util.List;
import org.pactum.server.identity.Member;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A member as Spring Security sees it.
 *
 * @param nonLocked false while the account is locked after too many wrong passwords
 */
public record MemberDetails(Member member, String passwordHash, boolean enabled, boolean nonLocked) implements UserDetails {

    public MemberDetails(Member member, String passwordHash, boolean enabled) {
        this(member, passwordHash, enabled, true);
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

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
