package org.pactum.register.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.core.register.CanonicalJson;

/** The leaf format: assembled from canonical parts, it is exactly the canonical JSON of the whole entry. */
class RegisterLeafTest {

    private static final Instant PUBLISHED = Instant.parse("2026-11-23T10:15:30.120456Z");

    @Test
    void aLeafReadsAsTheDocumentedJson() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("state", "PRT");
        payload.put("relocations", 420);
        payload.put("agreement", "EU-2024-solidarity-pool");
        byte[] leaf = RegisterLeaf.encode(41, PUBLISHED, "pledge", RegisterLeaf.canonicalPayload(payload));
        // written out by hand from RFC 8785: members sorted, no whitespace, microseconds dropped
        assertThat(new String(leaf, StandardCharsets.UTF_8)).isEqualTo("{\"kind\":\"pledge\",\"payload\":"
                + "{\"agreement\":\"EU-2024-solidarity-pool\",\"relocations\":420,\"state\":\"PRT\"},"
                + "\"sequence\":41,\"timestamp\":\"2026-11-23T10:15:30.120Z\"}");
    }

    @Test
    void theAssembledLeafIsTheCanonicalJsonOfTheWholeEntry() {
        List<Map<String, Object>> payloads = List.of(
                Map.of(),
                Map.of("a", 1, "z", List.of(1.5, "x", true), "nested", Map.of("é", "ü", "\u0001", "")),
                Map.of("kind", "a payload may reuse the member names", "sequence", -1, "timestamp", 0),
                Map.of("amountMinor", 125_000_000L, "currency", "EUR", "rate", 1.0E-7, "big", 1e21),
                Map.of("quote\"and\\slash", "line\nbreak\ttab", "emoji", "\uD83C\uDDEA\uD83C\uDDFA"));
        long[] sequences = {0, 1, 9_999_999, 1L << 40};
        for (Map<String, Object> payload : payloads) {
            for (long sequence : sequences) {
                Map<String, Object> whole = Map.of("kind", "reference-edition", "payload", payload,
                        "sequence", sequence, "timestamp", RegisterLeaf.timestamp(PUBLISHED));
                assertThat(RegisterLeaf.encode(sequence, PUBLISHED, "reference-edition", RegisterLeaf.canonicalPayload(payload)))
                        .as("%s at %d", payload, sequence)
                        .isEqualTo(CanonicalJson.utf8(whole));
            }
        }
    }

    @Test
    void timestampsAreUtcToTheMillisecondWithAFixedWidth() {
        assertThat(RegisterLeaf.timestamp(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05.000Z");
        assertThat(RegisterLeaf.timestamp(Instant.parse("2026-01-02T03:04:05.999999999Z"))).isEqualTo("2026-01-02T03:04:05.999Z");
    }

    @Test
    void kindsAreShortLowerCaseWords() {
        assertThat(RegisterLeaf.requireKind("reference-edition")).isEqualTo("reference-edition");
        assertThat(RegisterLeaf.requireKind("finance.transaction")).isEqualTo("finance.transaction");
        for (String bad : new String[] {"", "Pledge", "pledge ", "-pledge", "pledge-", "a..b", "x\"y", "a".repeat(81)}) {
            assertThatThrownBy(() -> RegisterLeaf.requireKind(bad)).as("'%s'", bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aPayloadCanonicalJsonCannotHoldIsRefused() {
        assertThatThrownBy(() -> RegisterLeaf.canonicalPayload(Map.of("x", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegisterLeaf.canonicalPayload(Map.of("when", Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegisterLeaf.encode(0, PUBLISHED, "pledge", "[1]"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
