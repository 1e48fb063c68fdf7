package org.pactum.register.jdbc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.pactum.core.register.CanonicalJson;

/**
 * The bytes of one entry of the register, the leaf that is hashed into the tree: the RFC 8785
 * canonical JSON of
 *
 * <pre>
 * {"kind":"reference-edition","payload":{...},"sequence":41,"timestamp":"2026-11-23T10:15:30.120Z"}
 * </pre>
 *
 * where {@code sequence} is the entry's position in the log (0, 1, 2, ... with no gaps),
 * {@code timestamp} the moment of publication in UTC to the millisecond, {@code kind} what was
 * published and {@code payload} the published fact itself.
 *
 * <p>A publication's payload is canonicalised once, when it is published (so that a value JSON
 * cannot hold is refused in the publisher's transaction); the sequence number is only known when the
 * integrator appends it. The leaf is then assembled from canonical parts: RFC 8785 sorts the four
 * member names by UTF-16 code units ({@code kind < payload < sequence < timestamp}), and a canonical
 * value placed in a canonical object stays canonical, so the result is exactly what
 * {@link CanonicalJson#write(Object)} writes for the whole object (a test holds it to that).
 */
public final class RegisterLeaf {

    /** What was published: lower-case words joined by hyphens or dots, e.g. {@code reference-edition}. */
    public static final Pattern KIND = Pattern.compile("[a-z][a-z0-9]*([.-][a-z0-9]+)*");

    /** The longest kind the register accepts. */
    public static final int MAX_KIND_LENGTH = 80;

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private RegisterLeaf() {
    }

    /**
     * Checks a kind and returns it.
     *
     * @throws IllegalArgumentException if it is not a kind the register accepts
     */
    public static String requireKind(String kind) {
        Objects.requireNonNull(kind, "kind");
        if (kind.length() > MAX_KIND_LENGTH || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a kind is up to " + MAX_KIND_LENGTH
                    + " lower-case letters and digits in words joined by '-' or '.', not '" + kind + "'");
        }
        return kind;
    }

    /**
     * The canonical JSON text of a publication's payload, a JSON object.
     *
     * @throws IllegalArgumentException if the payload holds something canonical JSON cannot write
     */
    public static String canonicalPayload(Map<String, ?> payload) {
        return CanonicalJson.write(Objects.requireNonNull(payload, "payload"));
    }

    /** Whether these leaf bytes (as {@link #encode} wrote them) carry this kind and this canonical payload. */
    public static boolean carries(byte[] leaf, String kind, String canonicalPayload) {
        String prefix = "{\"kind\":" + CanonicalJson.write(requireKind(kind)) + ",\"payload\":" + canonicalPayload
                + ",\"sequence\":";
        return new String(leaf, java.nio.charset.StandardCharsets.UTF_8).startsWith(prefix);
    }

    /** The publication time as the leaf writes it: UTC, to the millisecond, always 24 characters. */
    public static String timestamp(Instant publishedAt) {
        return TIMESTAMP.format(publishedAt.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * The leaf bytes of the entry at position {@code sequence}.
     *
     * @param canonicalPayload a JSON object as {@link #canonicalPayload(Map)} wrote it
     */
    public static byte[] encode(long sequence, Instant publishedAt, String kind, String canonicalPayload) {
        if (sequence < 0) {
            throw new IllegalArgumentException("a sequence number is 0 or more, not " + sequence);
        }
        Objects.requireNonNull(canonicalPayload, "canonicalPayload");
        if (!canonicalPayload.startsWith("{") || !canonicalPayload.endsWith("}")) {
            throw new IllegalArgumentException("a payload is a JSON object");
        }
        String leaf = "{\"kind\":" + CanonicalJson.write(requireKind(kind))
                + ",\"payload\":" + canonicalPayload
                + ",\"sequence\":" + CanonicalJson.write(sequence)
                + ",\"timestamp\":" + CanonicalJson.write(timestamp(publishedAt))
                + "}";
        return leaf.getBytes(StandardCharsets.UTF_8);
    }
}
