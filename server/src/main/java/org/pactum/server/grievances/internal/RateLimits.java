package org.pactum.server.grievances.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.pactum.server.grievances.GrievanceSettings;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) for filing complaints and looking up receipt codes, per client address
 * and, for filing, for the whole installation. The address is only a key of a bucket in memory,
 * salted and hashed with a secret drawn at start: it is never stored, logged or kept with a
 * complaint. Buckets that have refilled are dropped every few minutes.
 */
@Component
public class RateLimits {

    private static final int MOST_CLIENTS = 100_000;

    private final GrievanceSettings settings;
    private final Map<String, Bucket> intake = new ConcurrentHashMap<>();
    private final Map<String, Bucket> lookups = new ConcurrentHashMap<>();
    private final Bucket allIntake;
    private final byte[] salt = new byte[16];

    RateLimits(GrievanceSettings settings) {
        this.settings = settings;
        this.allIntake = bucket(settings.allIntakePerHour(), Duration.ofHours(1));
        new SecureRandom().nextBytes(salt);
    }

    /** Takes one filing from this client's allowance; false when it (or the installation's) is spent. */
    public boolean mayFile(String clientAddress) {
        Bucket client = take(intake, clientAddress, () -> bucket(settings.intakePerHour(), Duration.ofHours(1)));
        return client.tryConsume(1) && allIntake.tryConsume(1);
    }

    /** Takes one receipt lookup from this client's allowance; false when it is spent. */
    public boolean mayLookUp(String clientAddress) {
        return take(lookups, clientAddress, () -> bucket(settings.lookupsPerMinute(), Duration.ofMinutes(1))).tryConsume(1);
    }

    /** Drops buckets that are full again: their clients have not been seen for a whole period. */
    @Scheduled(fixedDelay = 300_000)
    void forgetQuietClients() {
        intake.values().removeIf(b -> b.getAvailableTokens() >= settings.intakePerHour());
        lookups.values().removeIf(b -> b.getAvailableTokens() >= settings.lookupsPerMinute());
    }

    private Bucket take(Map<String, Bucket> buckets, String clientAddress, Supplier<Bucket> fresh) {
        if (buckets.size() > MOST_CLIENTS) {
            forgetQuietClients();
        }
        return buckets.computeIfAbsent(key(clientAddress), k -> fresh.get());
    }

    private static Bucket bucket(int capacity, Duration period) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build()).build();
    }

    private String key(String clientAddress) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of().formatHex(sha.digest(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
