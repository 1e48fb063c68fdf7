package org.pactum.server.register;

import java.security.PublicKey;
import java.util.Base64;
import java.util.Objects;
import org.pactum.core.register.Hash;
import org.pactum.core.register.RegisterKeys;

/**
 * The public half of the register's Ed25519 key: what anyone needs to check a signed tree head. Its
 * key id is SHA-256 of the DER encoding, as RFC 6962 names a log.
 */
public record RegisterPublicKey(Hash keyId, PublicKey publicKey) {

    public RegisterPublicKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicKey, "publicKey");
    }

    /** Base64 of the X.509 SubjectPublicKeyInfo DER bytes (44 bytes for Ed25519). */
    public String base64() {
        return RegisterKeys.publicKeyToBase64(publicKey);
    }

    /** The key id in base64. */
    public String keyIdBase64() {
        return Base64.getEncoder().encodeToString(keyId.bytes());
    }

    /** The key as a PEM file, as {@code openssl pkey -pubin} reads it. */
    public String pem() {
        return "-----BEGIN PUBLIC KEY-----\n" + base64() + "\n-----END PUBLIC KEY-----\n";
    }
}
