package org.pactum.core.register;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A tree head with the register's Ed25519 signature over its {@link TreeHead#signingBytes()}: the
 * register's public, attributable statement of what it held. Once one is out, the register can
 * never show a tree that does not extend it without the contradiction being provable.
 */
public record SignedTreeHead(TreeHead treeHead, byte[] signature) {

    /** The length of an Ed25519 signature (RFC 8032). */
    public static final int SIGNATURE_LENGTH = 64;

    public SignedTreeHead {
        Objects.requireNonNull(treeHead, "treeHead");
        Objects.requireNonNull(signature, "signature");
        if (signature.length != SIGNATURE_LENGTH) {
            throw new IllegalArgumentException(
                    "an Ed25519 signature has " + SIGNATURE_LENGTH + " bytes, not " + signature.length);
        }
        signature = signature.clone();
    }

    /** A copy of the 64 signature bytes. */
    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The signature in standard base64 (RFC 4648 section 4, with padding). */
    public String signatureBase64() {
        return Base64.getEncoder().encodeToString(signature);
    }

    /**
     * Whether the register whose Ed25519 key this is signed this tree head.
     *
     * @throws IllegalArgumentException if the key is not an Ed25519 public key
     */
    public boolean verify(PublicKey registerKey) {
        Objects.requireNonNull(registerKey, "registerKey");
        try {
            Signature verifier = Signature.getInstance(RegisterKeys.ALGORITHM);
            verifier.initVerify(registerKey);
            verifier.update(treeHead.signingBytes());
            return verifier.verify(signature);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + registerKey.getAlgorithm(), e);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedTreeHead that
                && treeHead.equals(that.treeHead)
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return 31 * treeHead.hashCode() + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "SignedTreeHead[treeHead=" + treeHead + ", signature=" + signatureBase64() + "]";
    }
}
