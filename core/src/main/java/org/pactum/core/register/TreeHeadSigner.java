package org.pactum.core.register;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Objects;

/**
 * The register's signing hand: turns a tree head into a {@link SignedTreeHead} with the
 * register's Ed25519 private key (RFC 8032, pure Ed25519, through the JDK's "Ed25519"
 * signature). Ed25519 signatures are deterministic: the same head and key always give the same
 * bytes.
 */
public final class TreeHeadSigner {

    private final PrivateKey privateKey;

    public TreeHeadSigner(PrivateKey privateKey) {
        this.privateKey = RegisterKeys.requireEd25519(Objects.requireNonNull(privateKey, "privateKey"));
    }

    /** Signs the head's {@link TreeHead#signingBytes()}. */
    public SignedTreeHead sign(TreeHead treeHead) {
        Objects.requireNonNull(treeHead, "treeHead");
        try {
            Signature signer = Signature.getInstance(RegisterKeys.ALGORITHM);
            signer.initSign(privateKey);
            signer.update(treeHead.signingBytes());
            return new SignedTreeHead(treeHead, signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }
}
