package org.pactum.server.allocation.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces a household id from an uploaded file by a keyed hash: the first 128 bits of
 * HMAC-SHA256 under the server's secret key, over the owning party and the id, in hex. The same
 * household uploaded twice by the same party gets the same pseudonym; without the key nobody can
 * recompute it from a guessed id, and another party's pseudonym for the same id differs.
 */
public final class Pseudonyms {

    private final byte[] key;

    public Pseudonyms(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("pactum.allocation.pseudonym-key: at least 256 bits, was " + key.length * 8);
        }
        this.key = key.clone();
    }

    /** Reads a base64 key. */
    public static Pseudonyms fromBase64(String key) {
        try {
            return new Pseudonyms(Base64.getDecoder().decode(key.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pactum.allocation.pseudonym-key is not base64 of at least 256 bits: " + e.getMessage());
        }
    }

    /** The pseudonym of household {@code id} uploaded by {@code party}. */
    public String of(String party, String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((party + "\n" + id).getBytes(StandardCharsets.UTF_8));
            return "h" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
