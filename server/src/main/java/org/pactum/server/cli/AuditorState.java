package org.pactum.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pactum.core.register.CompactRange;
import org.pactum.core.register.Hash;
import org.pactum.core.register.RegisterKeys;
import org.pactum.core.register.SignedTreeHead;
import org.pactum.core.register.TreeHead;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an auditor keeps between two runs of {@code pactum verify-log}: the pinned public key, the
 * last signed tree head verified, and the right edge of that tree (its compact range), from which
 * the root of the grown tree is recomputed from the new entries alone. A JSON file:
 *
 * <pre>
 * {"url": "...", "public_key": "base64", "key_id": "base64", "tree_size": 42, "timestamp": 1790000000000,
 *  "root_hash": "base64", "signature": "base64", "compact_range": ["base64", ...], "checked_at": "ISO-8601"}
 * </pre>
 */
record AuditorState(String url, PublicKey publicKey, SignedTreeHead head, CompactRange range, Instant checkedAt) {

    /** The state file cannot be used: unreadable, malformed, or not self-consistent. */
    static final class Unusable extends Exception {

        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    AuditorState {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(range, "range");
        if (range.size() != head.treeHead().treeSize() || !range.root().equals(head.treeHead().rootHash())) {
            throw new IllegalArgumentException("the compact range does not fold to the tree head's root");
        }
    }

    long treeSize() {
        return head.treeHead().treeSize();
    }

    /** The state saved in {@code file}, or empty if there is no such file yet (a first run). */
    static Optional<AuditorState> read(Path file) throws Unusable {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new Unusable(file + ": cannot read: " + e.getMessage());
        }
        try {
            JsonNode json = JsonMapper.shared().readTree(text);
            PublicKey key = RegisterKeys.publicKeyFromBase64(json.path("public_key").asString());
            TreeHead head = new TreeHead(json.path("tree_size").asLong(), Instant.ofEpochMilli(json.path("timestamp").asLong()),
                    new Hash(decode(json.path("root_hash").asString())));
            SignedTreeHead signed = new SignedTreeHead(head, decode(json.path("signature").asString()));
            List<Hash> peaks = new ArrayList<>();
            for (JsonNode peak : json.path("compact_range")) {
                peaks.add(new Hash(decode(peak.asString())));
            }
            if (!signed.verify(key)) {
                throw new Unusable(file + ": the saved tree head does not verify with the saved key; the file was changed");
            }
            return Optional.of(new AuditorState(json.path("url").asString(""), key, signed,
                    new CompactRange(head.treeSize(), peaks), Instant.parse(json.path("checked_at").asString())));
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new Unusable(file + ": not a verify-log state file (" + e.getMessage() + ")");
        }
    }

    /** Writes the state to {@code file}, replacing it in one step. */
    void write(Path file) throws IOException {
        Base64.Encoder base64 = Base64.getEncoder();
        ObjectNode json = JsonMapper.shared().createObjectNode();
        json.put("url", url);
        json.put("public_key", RegisterKeys.publicKeyToBase64(publicKey));
        json.put("key_id", base64.encodeToString(RegisterKeys.keyId(publicKey).bytes()));
        json.put("tree_size", head.treeHead().treeSize());
        json.put("timestamp", head.treeHead().timestamp().toEpochMilli());
        json.put("root_hash", base64.encodeToString(head.treeHead().rootHash().bytes()));
        json.put("signature", head.signatureBase64());
        ArrayNode peaks = json.putArray("compact_range");
        range.peaks().forEach(peak -> peaks.add(base64.encodeToString(peak.bytes())));
        json.put("checked_at", checkedAt.toString());
        Path absolute = file.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".verify-log", ".tmp");
        try {
            Files.writeString(temporary, JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n",
                    StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64);
    }
}
