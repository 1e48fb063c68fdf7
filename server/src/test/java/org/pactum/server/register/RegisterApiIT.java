package org.pactum.server.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pactum.core.register.Hash;
import org.pactum.core.register.MerkleTreeHash;
import org.pactum.core.register.ProofVerifier;
import org.pactum.core.register.RegisterKeys;
import org.pactum.core.register.SignedTreeHead;
import org.pactum.core.register.TreeHead;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register's JSON API end to end: facts published through {@link PublicRegister} come back as
 * entries whose bytes are the documented canonical JSON, under a tree head whose signature, and
 * whose inclusion and consistency proofs, check out with the core's RFC 9162 verifier and the JDK's
 * Ed25519, with nothing taken from the server on trust.
 */
class RegisterApiIT extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicRegister register;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RegisterLog log;

    @Test
    void publishedFactsAreProvablyInTheSignedLog() throws Exception {
        PublicKey key = RegisterKeys.publicKeyFromBase64(json("/api/v1/log/public-key").path("public_key").asString());
        SignedTreeHead before = treeHead();
        assertThat(before.verify(key)).as("signature of the head before").isTrue();

        String agreement = "api-" + UUID.randomUUID();
        List<Map<String, Object>> pledges = List.of(pledge(agreement, "DEU", 3500), pledge(agreement, "PRT", 420),
                pledge(agreement, "FRA", 2100));
        Instant publishedFrom = Instant.now().minusMillis(1);
        pledges.forEach(p -> register.publish("pledge", "test/fact", p));
        register.integrate();

        SignedTreeHead after = treeHead();
        long size = after.treeHead().treeSize();
        assertThat(after.verify(key)).as("signature of the head after").isTrue();
        assertThat(size).isGreaterThanOrEqualTo(before.treeHead().treeSize() + 3);

        // the three entries, found by their agreement, carry their position and the documented bytes
        List<Long> found = new ArrayList<>();
        for (JsonNode entry : json("/api/v1/log/entries?start=" + before.treeHead().treeSize() + "&end=" + (size - 1))
                .path("entries")) {
            byte[] leaf = Base64.getDecoder().decode(entry.path("leaf").asString());
            String text = new String(leaf, StandardCharsets.UTF_8);
            if (!text.contains(agreement)) {
                continue;
            }
            long index = entry.path("index").asLong();
            found.add(index);
            String state = List.of("DEU", "PRT", "FRA").get(found.size() - 1);
            int relocations = List.of(3500, 420, 2100).get(found.size() - 1);
            assertThat(text).matches("\\{\"kind\":\"pledge\",\"payload\":\\{\"agreement\":\"" + agreement
                    + "\",\"relocations\":" + relocations + ",\"state\":\"" + state + "\"},\"sequence\":" + index
                    + ",\"timestamp\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\"}");
            Instant timestamp = Instant.parse(text.substring(text.indexOf("\"timestamp\":\"") + 13, text.length() - 2));
            assertThat(timestamp).isBetween(publishedFrom, Instant.now());

            Hash leafHash = MerkleTreeHash.leaf(leaf);
            assertThat(entry.path("leaf_hash").asString()).isEqualTo(base64(leafHash));
            JsonNode proof = json("/api/v1/log/proof/inclusion?index=" + index + "&tree_size=" + size);
            assertThat(proof.path("leaf_index").asLong()).isEqualTo(index);
            assertThat(ProofVerifier.verifyInclusion(index, size, leafHash, hashes(proof.path("audit_path")),
                    after.treeHead().rootHash())).as("inclusion of entry %d", index).isTrue();
            JsonNode byHash = json(get("/api/v1/log/proof/inclusion").param("leaf_hash", base64(leafHash))
                    .param("tree_size", Long.toString(size)));
            assertThat(byHash.path("leaf_index").asLong()).isEqualTo(index);
            assertThat(hashes(byHash.path("audit_path"))).isEqualTo(hashes(proof.path("audit_path")));
        }
        assertThat(found).as("the three pledges, in the order published").hasSize(3).isSorted();

        JsonNode consistency = json("/api/v1/log/proof/consistency?first=" + before.treeHead().treeSize()
                + "&second=" + size);
        assertThat(ProofVerifier.verifyConsistency(before.treeHead().treeSize(), size, before.treeHead().rootHash(),
                after.treeHead().rootHash(), hashes(consistency.path("consistency")))).isTrue();
        // and the same proof does not vouch for a root that differs in one bit
        byte[] flipped = after.treeHead().rootHash().bytes();
        flipped[31] ^= 1;
        assertThat(ProofVerifier.verifyConsistency(before.treeHead().treeSize(), size, before.treeHead().rootHash(),
                new Hash(flipped), hashes(consistency.path("consistency")))).isFalse();
    }

    @Test
    void theRootIsTheMerkleTreeHashOfEveryEntryServed() throws Exception {
        register.publish("pledge", "test/fact", pledge("root-" + UUID.randomUUID(), "ITA", 1800));
        register.integrate();
        SignedTreeHead head = treeHead();
        long size = head.treeHead().treeSize();
        List<Hash> leafHashes = new ArrayList<>();
        for (long start = 0; start < size; start += 1000) {
            for (JsonNode entry : json("/api/v1/log/entries?start=" + start + "&end=" + (size - 1)).path("entries")) {
                assertThat(entry.path("index").asLong()).isEqualTo(leafHashes.size());
                leafHashes.add(MerkleTreeHash.leaf(Base64.getDecoder().decode(entry.path("leaf").asString())));
            }
        }
        // RFC 9162's recursive definition over all the bytes, not the server's stored nodes
        assertThat(MerkleTreeHash.root(leafHashes)).isEqualTo(head.treeHead().rootHash());
    }

    @Test
    void theDemoLogHoldsTheEditionsOfTheReferenceData() throws Exception {
        register.integrate();
        // the demo publishes one entry per loaded dataset; other demo facts (a pool, published
        // agreements) arrive through the event outbox and may come before or between them
        List<String> texts = new ArrayList<>();
        long end = Math.min(99, log.treeSize() - 1);
        for (JsonNode entry : json("/api/v1/log/entries?start=0&end=" + end).path("entries")) {
            texts.add(new String(Base64.getDecoder().decode(entry.path("leaf").asString()), StandardCharsets.UTF_8));
        }
        assertThat(texts.get(0)).contains("\"sequence\":0,");
        assertThat(texts).anyMatch(t -> t.startsWith("{\"kind\":\"reference-edition\",\"payload\":{")
                && t.contains("\"dataset\":\"wdi.population\""));
    }

    @Test
    void entriesComeAtMostAThousandAtATime() throws Exception {
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 1001; i++) {
                register.publish("test.bulk", "test/fact", Map.of("n", i));
            }
        });
        register.integrate();
        long size = treeHead().treeHead().treeSize();
        JsonNode entries = json("/api/v1/log/entries?start=" + (size - 1001) + "&end=" + (size - 1)).path("entries");
        assertThat(entries.size()).isEqualTo(1000);
        assertThat(entries.get(0).path("index").asLong()).isEqualTo(size - 1001);
        assertThat(json("/api/v1/log/entries?start=" + (size - 1) + "&end=" + (size + 50)).path("entries").size())
                .as("clipped to the tree").isEqualTo(1);
    }

    @Test
    void thePublicKeyIsEd25519AndItsIdIsTheHashOfItsEncoding() throws Exception {
        JsonNode key = json("/api/v1/log/public-key");
        byte[] der = Base64.getDecoder().decode(key.path("public_key").asString());
        assertThat(key.path("algorithm").asString()).isEqualTo("Ed25519");
        assertThat(der).hasSize(44);
        // RFC 8410: the SubjectPublicKeyInfo prefix of every Ed25519 key
        assertThat(java.util.HexFormat.of().formatHex(der, 0, 12)).isEqualTo("302a300506032b6570032100");
        assertThat(Base64.getDecoder().decode(key.path("key_id").asString()))
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(der));
        assertThat(key.path("pem").asString()).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(json("/api/v1/log/tree-head").path("key_id").asString()).isEqualTo(key.path("key_id").asString());
    }

    @Test
    void badParametersAre400sNamingTheParameter() throws Exception {
        long size = treeHead().treeHead().treeSize();
        expectBad("/api/v1/log/entries?start=-1&end=3", "start");
        expectBad("/api/v1/log/entries?start=5&end=2", "end");
        expectBad("/api/v1/log/entries?start=" + size + "&end=" + (size + 3), "start");
        expectBad("/api/v1/log/entries?start=abc&end=3", "start");
        expectBad("/api/v1/log/entries?start=0", "end");
        expectBad("/api/v1/log/proof/inclusion?index=0&leaf_hash=" + base64(MerkleTreeHash.empty()), "index");
        expectBad("/api/v1/log/proof/inclusion?tree_size=1", "index");
        expectBad("/api/v1/log/proof/inclusion?index=" + size, "index");
        expectBad("/api/v1/log/proof/inclusion?index=0&tree_size=" + (size + 1), "tree_size");
        expectBad("/api/v1/log/proof/inclusion?index=0&tree_size=0", "tree_size");
        expectBad("/api/v1/log/proof/inclusion?leaf_hash=not-base64!", "leaf_hash");
        expectBad("/api/v1/log/proof/inclusion?leaf_hash=AAAA", "leaf_hash");
        expectBad("/api/v1/log/proof/consistency?first=3&second=2", "first");
        expectBad("/api/v1/log/proof/consistency?first=0&second=" + (size + 1), "second");
        expectBad("/api/v1/log/proof/consistency", "first");
        mvc.perform(get("/api/v1/log/proof/inclusion").param("leaf_hash", base64(new Hash(new byte[32]))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private void expectBad(String url, String parameter) throws Exception {
        mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value(parameter));
    }

    private JsonNode json(String url) throws Exception {
        return json(get(url));
    }

    private JsonNode json(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.shared().readTree(body);
    }

    private SignedTreeHead treeHead() throws Exception {
        JsonNode head = json("/api/v1/log/tree-head");
        return new SignedTreeHead(new TreeHead(head.path("tree_size").asLong(),
                Instant.ofEpochMilli(head.path("timestamp").asLong()),
                new Hash(Base64.getDecoder().decode(head.path("root_hash").asString()))),
                Base64.getDecoder().decode(head.path("signature").asString()));
    }

    private static List<Hash> hashes(JsonNode array) {
        List<Hash> hashes = new ArrayList<>();
        array.forEach(h -> hashes.add(new Hash(Base64.getDecoder().decode(h.asString()))));
        return hashes;
    }

    private static String base64(Hash hash) {
        return Base64.getEncoder().encodeToString(hash.bytes());
    }

    static Map<String, Object> pledge(String agreement, String state, int relocations) {
        Map<String, Object> pledge = new LinkedHashMap<>();
        pledge.put("state", state);
        pledge.put("relocations", relocations);
        pledge.put("agreement", agreement);
        return pledge;
    }
}
