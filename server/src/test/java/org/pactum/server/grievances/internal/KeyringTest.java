package org.pactum.server.grievances.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sealing and opening with AES-256-GCM, and what a rotation of keys must keep working. */
class KeyringTest {

    static final String OLD = "old:" + Base64.getEncoder().encodeToString(filled(1));
    static final String NEW = "new:" + Base64.getEncoder().encodeToString(filled(2));

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) value);
        return key;
    }

    @Test
    void sealedTextOpensOnlyWithItsKeyAndInItsPlace() {
        Keyring ring = Keyring.parse(OLD, "");
        String sealed = ring.seal("لم نحصل على ماء منذ يومين", "grievance/abc/description");
        assertThat(ring.open("old", sealed, "grievance/abc/description")).isEqualTo("لم نحصل على ماء منذ يومين");
        // 12-byte nonce + ciphertext (the UTF-8 bytes) + 16-byte tag
        assertThat(Base64.getDecoder().decode(sealed)).hasSize(12 + "لم نحصل على ماء منذ يومين".getBytes(StandardCharsets.UTF_8).length + 16);
        // moved to another complaint or column: refused
        assertThatThrownBy(() -> ring.open("old", sealed, "grievance/abd/description")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("altered or moved");
        // a fresh nonce each time: the same text never seals the same way
        assertThat(ring.seal("same", "c")).isNotEqualTo(ring.seal("same", "c"));
        // one flipped bit: refused
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[20] ^= 1;
        assertThatThrownBy(() -> ring.open("old", Base64.getEncoder().encodeToString(bytes), "grievance/abc/description"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterARotationTheOldKeyStillOpensWhatItSealed() {
        String sealed = Keyring.parse(OLD, "").seal("description", "ctx");
        Keyring rotated = Keyring.parse(OLD + "," + NEW, "");
        assertThat(rotated.currentKeyId()).isEqualTo("new");
        assertThat(rotated.olderKeyIds()).containsExactly("old");
        assertThat(rotated.open("old", sealed, "ctx")).isEqualTo("description");
        String resealed = rotated.seal("description", "ctx");
        assertThat(Keyring.parse(NEW, "").open("new", resealed, "ctx")).isEqualTo("description");
        // once the old key is removed, what it sealed no longer opens: re-encrypt before removing it
        assertThatThrownBy(() -> Keyring.parse(NEW, "").open("old", sealed, "ctx")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not configured");
        assertThat(Keyring.parse(OLD + "," + NEW, "old").currentKeyId()).isEqualTo("old");
    }

    @Test
    void badKeysAreRefusedAtStartNamingTheSetting() {
        assertThatThrownBy(() -> Keyring.parse("short:" + Base64.getEncoder().encodeToString(new byte[16]), ""))
                .hasMessageContaining("pactum.grievances.keys").hasMessageContaining("128 bits");
        assertThatThrownBy(() -> Keyring.parse("k1:not-base64!", "")).hasMessageContaining("not base64");
        assertThatThrownBy(() -> Keyring.parse(OLD, "other")).hasMessageContaining("pactum.grievances.current-key");
        assertThatThrownBy(() -> Keyring.parse("", "")).hasMessageContaining("at least one key");
        assertThatThrownBy(() -> new Keyring(Map.of("bad id!", filled(1)), "bad id!")).hasMessageContaining("key id");
        assertThat(Base64.getDecoder().decode(Keyring.newKey())).hasSize(32);
    }
}
