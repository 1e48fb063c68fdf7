package org.pactum.server.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.identity.IdentitySettings;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps passwords from being guessed by trying many: after {@code maxFailures} wrong passwords in a
 * row an account is locked for {@code lockFor}, during which even the right password is refused; a
 * successful sign-in clears the count. The count lives in the database, so it holds across the
 * nodes of a cluster. Locking is audited. Unknown user names lock nothing (there is nothing to lock,
 * and the answer is the same as for a wrong password).
 */
@Component
class SignInLimit {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final IdentitySettings settings;
    private final Clock clock;

    SignInLimit(JdbcClient jdbc, AuditTrail audit, IdentitySettings settings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.settings = settings;
        this.clock = Clock.systemUTC();
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        Integer failures = jdbc.sql("UPDATE app_user SET failed_sign_ins = failed_sign_ins + 1 WHERE username = ?")
                .param(username).update() == 0 ? null
                : jdbc.sql("SELECT failed_sign_ins FROM app_user WHERE username = ?").param(username)
                        .query(Integer.class).single();
        if (failures != null && failures >= settings.signIn().maxFailures()) {
            Duration lockFor = settings.signIn().lockFor();
            Instant until = clock.instant().plus(lockFor);
            jdbc.sql("UPDATE app_user SET locked_until = ?, failed_sign_ins = 0 WHERE username = ?")
                    .params(Timestamp.from(until), username).update();
            audit.record("identity.locked", "account " + username, failures + " wrong passwords in a row; locked for "
                    + lockFor.toMinutes() + " minutes");
        }
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("UPDATE app_user SET failed_sign_ins = 0, locked_until = NULL WHERE username = ? "
                + "AND (failed_sign_ins <> 0 OR locked_until IS NOT NULL)").param(event.getAuthentication().getName()).update();
    }
}
