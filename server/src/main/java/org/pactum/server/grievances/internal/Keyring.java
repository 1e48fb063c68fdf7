package org.pactum.server.grievances.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256-GCM keys that protect what complainants write, by id. Text is sealed with the
 * current key under a fresh 96-bit nonce, bound (as additional authenticated data) to the
 * complaint and field it belongs to, so a ciphertext moved to another row or column does not
 * open. Older keys stay in the ring to open what they sealed until it is sealed again.
 */
public final class Keyring {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys;
    private final String current;
    private final SecureRandom random = new SecureRandom();

    public Keyring(Map<String, byte[]> keys, String current) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("pactum.grievances.keys: at least one key");
        }
        Map<String, SecretKey> ring = new LinkedHashMap<>();
        keys.forEach((id, bytes) -> {
            if (!id.matches("[A-Za-z0-9._-]{1,40}")) {
                throw new IllegalArgumentException("pactum.grievances.keys: key id '" + id + "' is not 1 to 40 letters, digits, '.', '_' or '-'");
            }
            if (bytes.length != 32) {
                throw new IllegalArgumentException("pactum.grievances.keys: key '" + id + "' has " + bytes.length * 8
                        + " bits; AES-256 keys have 256");
            }
            ring.put(id, new SecretKeySpec(bytes, "AES"));
        });
        if (!ring.containsKey(current)) {
            throw new IllegalArgumentException("pactum.grievances.current-key: no key '" + current + "' among " + ring.keySet());
        }
        this.keys = Map.copyOf(ring);
        this.current = current;
    }

    /** Reads {@code id:base64,id:base64}; the current key is {@code currentKey} or else the last one. */
    public static Keyring parse(String entries, String currentKey) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        String last = "";
        for (String entry : entries.split("[,\\s]+")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("pactum.grievances.keys: entries are id:base64, separated by commas");
            }
            last = entry.substring(0, colon);
            try {
                keys.put(last, Base64.getDecoder().decode(entry.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("pactum.grievances.keys: key '" + last + "' is not base64");
            }
        }
        return new Keyring(keys, currentKey == null || currentKey.isBlank() ? last : currentKey);
    }

    /** A new random 256-bit key, as base64. */
    public static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    public String currentKeyId() {
        return current;
    }

    /** The ids of the configured keys other than the current one: what may still open older text. */
    public java.util.Set<String> olderKeyIds() {
        java.util.Set<String> older = new java.util.TreeSet<>(keys.keySet());
        older.remove(current);
        return older;
    }

    public boolean holds(String keyId) {
        return keys.containsKey(keyId);
    }

    /** The text sealed with the current key: base64 of nonce followed by ciphertext and tag. */
    public String seal(String plaintext, String context) {
        return seal(current, plaintext, context);
    }

    String seal(String keyId, String plaintext, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(keyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * Opens text sealed with key {@code keyId} for {@code context}.
     *
     * @throws IllegalStateException if the key is no longer configured or the text was altered or moved
     */
    public String open(String keyId, String sealed, String context) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(keyId), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("a sealed grievance text does not open with key '" + keyId + "': altered or moved");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    public Optional<String> openOptional(String keyId, String sealed, String context) {
        return sealed == null ? Optional.empty() : Optional.of(open(keyId, sealed, context));
    }

    private SecretKey key(String keyId) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("grievance key '" + keyId + "' is not configured (pactum.grievances.keys); "
                    + "a rotated-out key must stay configured until the re-encryption has run");
        }
        return key;
    }
}
