package org.pactum.core.register;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * The register's Ed25519 keys and how they are written down. The public key is published as
 * base64 (RFC 4648 section 4, with padding) of its X.509 SubjectPublicKeyInfo DER encoding
 * (RFC 8410: 44 bytes, the 12-byte prefix 302a300506032b6570032100 then the 32-byte key), so any
 * verifier can load it with standard tools; the private key travels, from the environment only,
 * as base64 of its PKCS#8 DER encoding. The key id is SHA-256 of the public key's DER bytes, as
 * RFC 6962 identifies a log.
 */
public final class RegisterKeys {

    /** The JDK name of the signature and key algorithm. */
    public static final String ALGORITHM = "Ed25519";

    private RegisterKeys() {
    }

    /** A fresh Ed25519 key pair. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK provides Ed25519 since Java 15", e);
        }
    }

    /** Base64 of the public key's X.509 SubjectPublicKeyInfo DER bytes. */
    public static String publicKeyToBase64(PublicKey publicKey) {
        return Base64.getEncoder().encodeToString(requireEd25519(publicKey).getEncoded());
    }

    /** Reads a public key written by {@link #publicKeyToBase64(PublicKey)}. */
    public static PublicKey publicKeyFromBase64(String base64) {
        Objects.requireNonNull(base64, "base64");
        try {
            return requireEd25519(keyFactory().generatePublic(new X509EncodedKeySpec(decode(base64))));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("not an Ed25519 SubjectPublicKeyInfo", e);
        }
    }

    /** Base64 of the private key's PKCS#8 DER bytes. Keep it secret. */
    public static String privateKeyToBase64(PrivateKey privateKey) {
        return Base64.getEncoder().encodeToString(requireEd25519(privateKey).getEncoded());
    }

    /** Reads a private key written by {@link #privateKeyToBase64(PrivateKey)}. */
    public static PrivateKey privateKeyFromBase64(String base64) {
        Objects.requireNonNull(base64, "base64");
        try {
            return requireEd25519(keyFactory().generatePrivate(new PKCS8EncodedKeySpec(decode(base64))));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("not an Ed25519 PKCS#8 private key", e);
        }
    }

    /** SHA-256 of the public key's DER bytes: a short name for the key, and so for the register. */
    public static Hash keyId(PublicKey publicKey) {
        try {
            return new Hash(MessageDigest.getInstance("SHA-256").digest(requireEd25519(publicKey).getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    static <K extends Key> K requireEd25519(K key) {
        Objects.requireNonNull(key, "key");
        if (!(key instanceof EdECKey edKey) || !ALGORITHM.equalsIgnoreCase(edKey.getParams().getName())) {
            throw new IllegalArgumentException("the register signs with Ed25519 keys only, not " + key.getAlgorithm());
        }
        return key;
    }

    private static KeyFactory keyFactory() {
        try {
            return KeyFactory.getInstance(ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK provides Ed25519 since Java 15", e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64", e);
        }
    }
}
