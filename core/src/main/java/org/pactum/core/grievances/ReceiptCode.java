package org.pactum.core.grievances;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code a complainant receives on filing and uses to follow the complaint without an
 * account: 20 characters of Crockford's base 32 (digits and capitals without I, L, O and U), that
 * is 100 random bits, written in four groups of five ({@code K7M2Q-...}); a typed O is read as 0
 * and a typed I or L as 1. Only its SHA-256 digest is
 * stored: with 2^100 possible codes nobody can work back from the digest, and a database reader
 * cannot follow a complaint.
 */
public record ReceiptCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 20;

    public ReceiptCode {
        if (value == null || !value.matches("[" + ALPHABET + "]{5}(-[" + ALPHABET + "]{5}){3}")) {
            throw new IllegalArgumentException("code: four groups of five letters or digits");
        }
    }

    /** A new code from a cryptographically strong source. */
    public static ReceiptCode generate() {
        return generate(new SecureRandom());
    }

    static ReceiptCode generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ReceiptCode(code.toString());
    }

    /** A code as someone typed it: case, spaces and dashes do not matter; anything else is no code. */
    public static Optional<ReceiptCode> parse(String typed) {
        if (typed == null || typed.length() > 60) {
            return Optional.empty();
        }
        String letters = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0')
                .replace('I', '1').replace('L', '1');
        if (letters.length() != LENGTH) {
            return Optional.empty();
        }
        String grouped = letters.substring(0, 5) + "-" + letters.substring(5, 10) + "-" + letters.substring(10, 15) + "-"
                + letters.substring(15);
        try {
            return Optional.of(new ReceiptCode(grouped));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The SHA-256 digest of the code, which is all that is stored. */
    public byte[] digest() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ReceiptCode[hidden]";
    }
}
