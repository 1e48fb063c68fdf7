package org.pactum.server.allocation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of case allocation ({@code pactum.allocation.*}).
 *
 * @param pseudonymKey     the secret key (base64, at least 256 bits) under which household ids are replaced by
 *                         their HMAC-SHA256 on import, from {@code PACTUM_ALLOCATION_KEY}; when empty, one is
 *                         generated on first start into {@code keyFile} (a cluster must share it through the environment)
 * @param keyFile          where the generated key is kept when {@code pseudonymKey} is empty
 * @param retention        how long household rows are kept after their upload (ISO-8601, e.g. {@code P180D});
 *                         the run's aggregate summary stays
 * @param purgeEvery       how often rows past their retention are looked for
 * @param workers          runs solved at the same time on one node
 * @param queue            runs waiting for a worker on one node before new ones are refused (429)
 * @param defaultTimeLimit the solver's time limit when the request names none
 * @param maxTimeLimit     the longest time limit a request may ask for
 * @param exactUpTo        the largest batch instance (households × destinations) given to the exact solver;
 *                         larger ones go to the price method
 * @param threads          threads one solver may use
 */
@ConfigurationProperties("pactum.allocation")
public record AllocationSettings(String pseudonymKey, Path keyFile, @DefaultValue("P180D") Duration retention,
        @DefaultValue("PT1H") Duration purgeEvery, @DefaultValue("1") int workers, @DefaultValue("4") int queue,
        @DefaultValue("60s") Duration defaultTimeLimit, @DefaultValue("10m") Duration maxTimeLimit,
        @DefaultValue("200000") long exactUpTo, @DefaultValue("1") int threads) {

    public AllocationSettings {
        pseudonymKey = pseudonymKey == null ? "" : pseudonymKey.strip();
        Objects.requireNonNull(keyFile, "pactum.allocation.key-file");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("pactum.allocation.retention must be a positive period, not " + retention);
        }
        if (purgeEvery.isNegative() || purgeEvery.isZero()) {
            throw new IllegalArgumentException("pactum.allocation.purge-every must be positive, not " + purgeEvery);
        }
        if (workers < 1 || queue < 0 || threads < 1 || exactUpTo < 0) {
            throw new IllegalArgumentException("pactum.allocation: at least one worker and one thread, a queue and exact-up-to of 0 or more");
        }
        if (defaultTimeLimit.toMillis() < 1000 || maxTimeLimit.compareTo(defaultTimeLimit) < 0) {
            throw new IllegalArgumentException("pactum.allocation: a default time limit of at least 1 s, and a maximum at least as long");
        }
    }
}
