package org.pactum.server.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.pactum.server.identity.Member;
import org.pactum.server.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** Accounts, with their password hashes; also how Spring Security finds an account at sign-in. */
@Repository
public class AccountRepository implements UserDetailsService {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }

    public Optional<MemberDetails> findByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, role, party_id, display_name, enabled, locked_until "
                        + "FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> new MemberDetails(new Member(rs.getString("username"), Role.valueOf(rs.getString("role")),
                        Optional.ofNullable(rs.getString("party_id")), rs.getString("display_name")),
                        rs.getString("password_hash"), rs.getBoolean("enabled"), notLocked(rs.getTimestamp("locked_until"))))
                .optional();
    }

    private static boolean notLocked(Timestamp lockedUntil) {
        return lockedUntil == null || !lockedUntil.toInstant().isAfter(Instant.now());
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Long.class).single() > 0;
    }

    public void create(Member member, String passwordHash) {
        jdbc.sql("INSERT INTO app_user (username, password_hash, role, party_id, display_name, enabled, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, TRUE, ?)")
                .params(member.username(), passwordHash, member.role().name(), member.partyId().orElse(null),
                        member.displayName(), Timestamp.from(Instant.now()))
                .update();
    }
}
