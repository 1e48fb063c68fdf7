package org.pactum.server.grievances;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the grievance channel ({@code pactum.grievances.*}).
 *
 * @param keys          the encryption keys, {@code id:base64} entries (256-bit AES keys) separated by commas, from
 *                      {@code PACTUM_GRIEVANCE_KEYS}; when empty, one key is generated on first start into
 *                      {@code keyFile} (fine for one node; a cluster must share its keys through the environment)
 * @param currentKey    the id of the key new text is encrypted with; by default the last of {@code keys}
 * @param keyFile       where the generated key is kept when {@code keys} is empty
 * @param triageParty   the party whose grievance officers triage complaints that name no party, and see
 *                      every complaint once its deadline has passed (escalation)
 * @param intakePerHour complaints one client address may file per hour before it is answered 429
 * @param lookupsPerMinute receipt-code lookups one client address may make per minute
 * @param allIntakePerHour complaints the whole installation accepts per hour (a flood from many addresses)
 * @param escalateEvery how often open complaints are checked against their deadlines
 */
@ConfigurationProperties("pactum.grievances")
public record GrievanceSettings(String keys, String currentKey, Path keyFile, @DefaultValue("UNHCR") String triageParty,
        @DefaultValue("10") int intakePerHour, @DefaultValue("30") int lookupsPerMinute,
        @DefaultValue("2000") int allIntakePerHour, @DefaultValue("1h") Duration escalateEvery) {

    public GrievanceSettings {
        keys = keys == null ? "" : keys.strip();
        currentKey = currentKey == null ? "" : currentKey.strip();
        Objects.requireNonNull(keyFile, "pactum.grievances.key-file");
        if (intakePerHour < 1 || lookupsPerMinute < 1 || allIntakePerHour < 1) {
            throw new IllegalArgumentException("pactum.grievances rate limits must be at least 1");
        }
        if (escalateEvery.isNegative() || escalateEvery.isZero()) {
            throw new IllegalArgumentException("pactum.grievances.escalate-every must be positive, not " + escalateEvery);
        }
    }
}
