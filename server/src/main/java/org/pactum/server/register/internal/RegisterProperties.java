package org.pactum.server.register.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public register ({@code pactum.register.*}).
 *
 * @param keyDirectory    where the signing key is generated on first start and read afterwards
 *                        (default {@code ${pactum.home}/keys})
 * @param privateKeyFile  an Ed25519 private key (PKCS#8, PEM or base64) to sign with instead; every
 *                        node of a cluster must use the same one
 * @param publicKeyFile   its public key (X.509 SubjectPublicKeyInfo, PEM or base64); required with
 *                        {@code privateKeyFile}
 * @param integrateEvery  pause between two runs of the integrator
 * @param batchSize       the most publications appended under one signed tree head
 */
@ConfigurationProperties("pactum.register")
public record RegisterProperties(Path keyDirectory, Path privateKeyFile, Path publicKeyFile,
        @DefaultValue("2s") Duration integrateEvery, @DefaultValue("10000") int batchSize) {

    public RegisterProperties {
        Objects.requireNonNull(keyDirectory, "pactum.register.key-directory");
        privateKeyFile = blankToNull(privateKeyFile);
        publicKeyFile = blankToNull(publicKeyFile);
        if ((privateKeyFile == null) != (publicKeyFile == null)) {
            throw new IllegalArgumentException("pactum.register.private-key-file and pactum.register.public-key-file "
                    + "are set together or not at all");
        }
        if (integrateEvery.isNegative() || integrateEvery.isZero()) {
            throw new IllegalArgumentException("pactum.register.integrate-every must be positive, not " + integrateEvery);
        }
        if (batchSize < 1 || batchSize > 100_000) {
            throw new IllegalArgumentException("pactum.register.batch-size must be between 1 and 100000, not " + batchSize);
        }
    }

    private static Path blankToNull(Path path) {
        return path == null || path.toString().isBlank() ? null : path;
    }
}
