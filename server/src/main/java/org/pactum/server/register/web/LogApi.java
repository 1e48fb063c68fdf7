package org.pactum.server.register.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.pactum.core.register.ConsistencyProof;
import org.pactum.core.register.Hash;
import org.pactum.core.register.InclusionProof;
import org.pactum.core.register.SignedTreeHead;
import org.pactum.core.register.TreeHead;
import org.pactum.register.jdbc.LogEntry;
import org.pactum.server.register.RegisterLog;
import org.pactum.server.register.RegisterPublicKey;
import org.pactum.server.support.InvalidRequestException;
import org.pactum.server.support.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register for machines, in the manner of Certificate Transparency's API (RFC 6962 section 4):
 * the signed tree head, the entries with their exact bytes, inclusion and consistency proofs, and
 * the public key. Hashes, leaves, signatures and keys are standard base64. Formats in
 * {@code docs/public-register.md}. Open to everyone.
 */
@RestController
@RequestMapping("/api/v1/log")
class LogApi {

    /** The most entries one request returns; a client asking for more gets this many and asks again. */
    static final int MAX_ENTRIES = 1000;

    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private final RegisterLog register;

    LogApi(RegisterLog register) {
        this.register = register;
    }

    /** A signed tree head: the signature covers the 68 bytes built from tree_size, timestamp and root_hash. */
    record TreeHeadResponse(@JsonProperty("tree_size") long treeSize, long timestamp,
            @JsonProperty("root_hash") String rootHash, String signature, @JsonProperty("key_id") String keyId) {
    }

    /** An entry: its position and its leaf bytes; leaf_hash is SHA-256(0x00 || leaf), for convenience. */
    record EntryResponse(long index, String leaf, @JsonProperty("leaf_hash") String leafHash) {
    }

    record EntriesResponse(List<EntryResponse> entries) {
    }

    record InclusionResponse(@JsonProperty("leaf_index") long leafIndex, @JsonProperty("tree_size") long treeSize,
            @JsonProperty("leaf_hash") String leafHash, @JsonProperty("audit_path") List<String> auditPath) {
    }

    record ConsistencyResponse(long first, long second, List<String> consistency) {
    }

    record PublicKeyResponse(String algorithm, @JsonProperty("key_id") String keyId,
            @JsonProperty("public_key") String publicKey, String pem) {
    }

    @GetMapping("/tree-head")
    TreeHeadResponse treeHead() {
        SignedTreeHead signed = latest();
        TreeHead head = signed.treeHead();
        String keyId = register.publicKey().map(RegisterPublicKey::keyIdBase64).orElse(null);
        return new TreeHeadResponse(head.treeSize(), head.timestamp().toEpochMilli(), base64(head.rootHash()),
                signed.signatureBase64(), keyId);
    }

    @GetMapping("/entries")
    EntriesResponse entries(@RequestParam long start, @RequestParam long end) {
        long size = latest().treeHead().treeSize();
        if (start < 0) {
            throw new InvalidRequestException("start", "must be 0 or more, was " + start);
        }
        if (end < start) {
            throw new InvalidRequestException("end", "must not be below start (" + start + "), was " + end);
        }
        if (start >= size) {
            throw new InvalidRequestException("start", "must be below the tree size " + size + ", was " + start);
        }
        long last = Math.min(Math.min(end, size - 1), start + MAX_ENTRIES - 1);
        return new EntriesResponse(register.entries(start, last + 1).stream()
                .map(e -> new EntryResponse(e.index(), BASE64.encodeToString(e.leaf()), base64(e.leafHash())))
                .toList());
    }

    @GetMapping("/proof/inclusion")
    InclusionResponse inclusion(@RequestParam Optional<Long> index,
            @RequestParam(name = "leaf_hash") Optional<String> leafHash,
            @RequestParam(name = "tree_size") Optional<Long> treeSize) {
        long size = treeSize("tree_size", treeSize);
        if (size == 0) {
            throw new InvalidRequestException("tree_size", "must be 1 or more: no entry is in the empty tree");
        }
        if (index.isPresent() == leafHash.isPresent()) {
            throw new InvalidRequestException("index", "or 'leaf_hash' must be given, not both or neither");
        }
        long leafIndex;
        if (index.isPresent()) {
            leafIndex = index.get();
            if (leafIndex < 0 || leafIndex >= size) {
                throw new InvalidRequestException("index", "must be between 0 and " + (size - 1) + ", was " + leafIndex);
            }
        } else {
            Hash hash = hash("leaf_hash", leafHash.get());
            leafIndex = register.indexOf(hash, size).orElseThrow(() ->
                    new NotFoundException("log entry among the first " + size + " with leaf hash", leafHash.get()));
        }
        InclusionProof proof = register.inclusionProof(leafIndex, size);
        Hash hash = register.entry(leafIndex).map(LogEntry::leafHash)
                .orElseThrow(() -> new NotFoundException("log entry", Long.toString(leafIndex)));
        return new InclusionResponse(proof.leafIndex(), proof.treeSize(), base64(hash), base64(proof.path()));
    }

    @GetMapping("/proof/consistency")
    ConsistencyResponse consistency(@RequestParam long first, @RequestParam Optional<Long> second) {
        long secondSize = treeSize("second", second);
        if (first < 0 || first > secondSize) {
            throw new InvalidRequestException("first", "must be between 0 and " + secondSize + ", was " + first);
        }
        ConsistencyProof proof = register.consistencyProof(first, secondSize);
        return new ConsistencyResponse(proof.firstSize(), proof.secondSize(), base64(proof.path()));
    }

    @GetMapping("/public-key")
    PublicKeyResponse publicKey() {
        RegisterPublicKey key = register.publicKey()
                .orElseThrow(() -> new NotFoundException("register key", "signing the latest tree head"));
        return new PublicKeyResponse("Ed25519", key.keyIdBase64(), key.base64(), key.pem());
    }

    private SignedTreeHead latest() {
        return register.treeHead().orElseThrow(() -> new NotFoundException("signed tree head", "latest"));
    }

    /** A requested tree size, at most the latest signed one; the latest if none is given. */
    private long treeSize(String parameter, Optional<Long> requested) {
        long latest = latest().treeHead().treeSize();
        long size = requested.orElse(latest);
        if (size < 0 || size > latest) {
            throw new InvalidRequestException(parameter, "must be between 0 and the tree size " + latest + ", was " + size);
        }
        return size;
    }

    private static Hash hash(String parameter, String text) {
        byte[] bytes;
        try {
            bytes = text.contains("-") || text.contains("_") ? Base64.getUrlDecoder().decode(text)
                    : Base64.getDecoder().decode(text.replace(' ', '+'));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(parameter, "must be base64, was '" + text + "'");
        }
        if (bytes.length != Hash.LENGTH) {
            throw new InvalidRequestException(parameter, "must be " + Hash.LENGTH + " bytes in base64, was " + bytes.length);
        }
        return new Hash(bytes);
    }

    private static String base64(Hash hash) {
        return BASE64.encodeToString(hash.bytes());
    }

    private static List<String> base64(List<Hash> hashes) {
        return hashes.stream().map(LogApi::base64).toList();
    }
}
