package org.pactum.server.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in.
 *
 * @param signIn how many wrong passwords in a row lock an account, and for how long
 */
@ConfigurationProperties("pactum.identity")
public record IdentitySettings(@DefaultValue SignIn signIn) {

    /**
     * @param maxFailures wrong passwords in a row that lock the account (at least 1)
     * @param lockFor     how long the account stays locked
     */
    public record SignIn(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockFor) {

        public SignIn {
            if (maxFailures < 1) {
                throw new IllegalArgumentException("pactum.identity.sign-in.max-failures must be at least 1");
            }
            if (lockFor == null || lockFor.isNegative() || lockFor.isZero()) {
                throw new IllegalArgumentException("pactum.identity.sign-in.lock-for must be a positive duration");
            }
        }
    }
}
