package org.pactum.core.register;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON Canonicalization Scheme of RFC 8785, for the entries of the register: one entry, one
 * sequence of bytes, whatever the order in which its fields were filled in, so that anyone can
 * rebuild an entry's leaf hash from its content. Writes a tree of {@code Map<String, ?>},
 * {@code List}, {@code String}, numbers (see below), {@code Boolean} and {@code null}:
 *
 * <ul>
 *   <li>no whitespace;
 *   <li>object members sorted by their names as arrays of UTF-16 code units (section 3.2.3);
 *   <li>strings as ECMAScript's JSON.stringify writes them (section 3.2.2.2): {@code \"} and
 *       {@code \\}, {@code \b \t \n \f \r}, the other controls below U+0020 as {@code \}{@code u00xx}
 *       in lower case, everything else as itself; an unpaired surrogate is an error;
 *   <li>numbers as ECMAScript writes doubles (section 3.2.2.3); NaN and infinities are errors,
 *       and so is any Long, BigInteger or BigDecimal that a double cannot hold exactly.
 * </ul>
 *
 * The leaf of the register is {@code MerkleTreeHash.leaf(CanonicalJson.utf8(entry))}.
 */
public final class CanonicalJson {

    private static final int MAX_DEPTH = 200;

    private CanonicalJson() {
    }

    /** The canonical JSON text of the value. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.toString();
    }

    /** The canonical JSON text of the value in UTF-8, the bytes that are hashed and signed. */
    public static byte[] utf8(Object value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("nested deeper than " + MAX_DEPTH + " levels, or circular");
        }
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean bool) {
            out.append(bool.booleanValue());
        } else if (value instanceof String string) {
            writeString(string, out);
        } else if (value instanceof Number number) {
            out.append(JsonNumbers.write(number));
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, out, depth);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out, depth + 1);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("canonical JSON is made of maps, lists, strings, numbers, booleans "
                    + "and null, not " + value.getClass().getName());
        }
    }

    private static void writeObject(Map<?, ?> map, StringBuilder out, int depth) {
        List<String> names = new ArrayList<>(map.size());
        for (Object name : map.keySet()) {
            if (!(name instanceof String string)) {
                throw new IllegalArgumentException("JSON member names are strings, not " + name);
            }
            names.add(string);
        }
        names.sort(String::compareTo); // String.compareTo compares UTF-16 code units
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(names.get(i), out);
            out.append(':');
            write(map.get(names.get(i)), out, depth + 1);
        }
        out.append('}');
    }

    private static void writeString(String string, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c)
                            && i + 1 < string.length() && Character.isLowSurrogate(string.charAt(i + 1))) {
                        out.append(c).append(string.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException("unpaired surrogate U+"
                                + Integer.toHexString(c).toUpperCase() + " at " + i + " (RFC 8785 section 3.2.2.2)");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
