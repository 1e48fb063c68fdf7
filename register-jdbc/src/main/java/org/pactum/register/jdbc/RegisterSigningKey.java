package org.pactum.register.jdbc;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Objects;
import org.pactum.core.register.Hash;
import org.pactum.core.register.MerkleTreeHash;
import org.pactum.core.register.RegisterKeys;
import org.pactum.core.register.SignedTreeHead;
import org.pactum.core.register.TreeHead;
import org.pactum.core.register.TreeHeadSigner;

/**
 * The register's Ed25519 key pair as the integrator holds it: signs tree heads, and names itself by
 * its key id (SHA-256 of the public key's DER encoding), which is stored with every head it signs.
 */
public final class RegisterSigningKey {

    private final PublicKey publicKey;
    private final TreeHeadSigner signer;
    private final Hash keyId;

    /**
     * @throws IllegalArgumentException if the keys are not Ed25519 or do not belong together
     */
    public RegisterSigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
        this.signer = new TreeHeadSigner(privateKey);
        this.keyId = RegisterKeys.keyId(publicKey);
        SignedTreeHead probe = signer.sign(new TreeHead(0, Instant.EPOCH, MerkleTreeHash.empty()));
        if (!probe.verify(publicKey)) {
            throw new IllegalArgumentException("the private key does not belong to the public key " + keyId);
        }
    }

    public SignedTreeHead sign(TreeHead treeHead) {
        return signer.sign(treeHead);
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** Base64 of the public key's X.509 SubjectPublicKeyInfo DER bytes, as published. */
    public String publicKeyBase64() {
        return RegisterKeys.publicKeyToBase64(publicKey);
    }

    public Hash keyId() {
        return keyId;
    }
}
