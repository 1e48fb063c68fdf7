package org.pactum.server.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pactum.server.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for machine clients (a ministry's statistics system, an evaluator's script). A token
 * is shown once when issued; only its SHA-256 hash is stored, which is safe for 256-bit random
 * secrets and lets every request be checked with one indexed look-up.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "pct_";

    /** A newly issued token: the secret is shown to its owner once and never stored. */
    public record IssuedToken(String id, String name, String secret) {
    }

    /** What is kept of a token. */
    public record TokenInfo(String id, String name, Instant createdAt, Optional<Instant> lastUsedAt, boolean revoked) {
    }

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, CurrentMember currentMember, AuditTrail audit) {
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.audit = audit;
    }

    @Transactional
    public IssuedToken issue(String name) {
        Member member = currentMember.get().orElseThrow(() -> new AccessDeniedException("Sign in to issue a token"));
        String label = name == null || name.isBlank() ? "token" : name.strip();
        if (label.length() > 100) {
            throw new IllegalArgumentException("A token name is at most 100 characters");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO api_token (id, username, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, member.username(), label, hash(secret), Timestamp.from(Instant.now())).update();
        audit.record("token.issue", "token " + id, "API token '" + label + "' issued");
        return new IssuedToken(id, label, secret);
    }

    @Transactional(readOnly = true)
    public List<TokenInfo> mine() {
        Member member = currentMember.get().orElseThrow(() -> new AccessDeniedException("Sign in to list tokens"));
        return jdbc.sql("SELECT id, name, created_at, last_used_at, revoked_at FROM api_token WHERE username = ? ORDER BY created_at")
                .param(member.username())
                .query((rs, n) -> new TokenInfo(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        Optional.ofNullable(rs.getTimestamp(4)).map(Timestamp::toInstant), rs.getTimestamp(5) != null))
                .list();
    }

    @Transactional
    public boolean revoke(String id) {
        Member member = currentMember.get().orElseThrow(() -> new AccessDeniedException("Sign in to revoke a token"));
        int revoked = jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL AND (username = ? OR ?)")
                .params(Timestamp.from(Instant.now()), id, member.username(), member.isAdmin()).update();
        if (revoked > 0) {
            audit.record("token.revoke", "token " + id, "API token revoked");
        }
        return revoked > 0;
    }

    /** The account a presented token belongs to, if the token is known and not revoked. */
    @Transactional
    public Optional<String> ownerOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Optional<String> owner = jdbc.sql("SELECT username FROM api_token WHERE token_hash = ? AND revoked_at IS NULL")
                .param(hash).query(String.class).optional();
        owner.ifPresent(o -> jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE token_hash = ?")
                .params(Timestamp.from(Instant.now()), hash).update());
        return owner;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
