package org.pactum.register.jdbc;

import java.util.Objects;
import org.pactum.core.register.Hash;

/** A public key the register signs with: its key id and base64 X.509 SubjectPublicKeyInfo. */
public record RegisteredKey(Hash keyId, String publicKeyBase64) {

    public RegisteredKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicKeyBase64, "publicKeyBase64");
    }
}
