package org.pactum.server.register.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.core.register.RegisterKeys;
import org.pactum.register.jdbc.RegisterSigningKey;

/** The signing key on disk: generated once, readable by its owner only, read back the same; or configured. */
class RegisterKeyFilesTest {

    @TempDir
    Path home;

    @Test
    void aKeyIsGeneratedOnFirstUseProtectedAndReadBackAfterwards() throws Exception {
        Path keys = home.resolve("keys");
        RegisterSigningKey generated = files(keys, null, null).signingKey();

        Path privateFile = keys.resolve(SigningKeyFiles.PRIVATE_KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
        assertThat(Files.readString(privateFile)).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(Files.readString(keys.resolve(SigningKeyFiles.PUBLIC_KEY_FILE)))
                .isEqualTo("-----BEGIN PUBLIC KEY-----\n" + RegisterKeys.publicKeyToBase64(generated.publicKey())
                        + "\n-----END PUBLIC KEY-----\n");

        RegisterSigningKey reread = files(keys, null, null).signingKey();
        assertThat(reread.keyId()).isEqualTo(generated.keyId());
        assertThat(Files.list(keys)).hasSize(2);
    }

    @Test
    void configuredFilesAreUsedAndMustBeOnePair() throws Exception {
        KeyPair pair = RegisterKeys.generate();
        Path privateFile = Files.writeString(home.resolve("private.b64"), RegisterKeys.privateKeyToBase64(pair.getPrivate()));
        Path publicFile = Files.writeString(home.resolve("public.pem"),
                SigningKeyFiles.pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        assertThat(files(home.resolve("unused"), privateFile, publicFile).signingKey().keyId())
                .isEqualTo(RegisterKeys.keyId(pair.getPublic()));
        assertThat(home.resolve("unused")).doesNotExist();

        Path otherPublic = Files.writeString(home.resolve("other.b64"),
                RegisterKeys.publicKeyToBase64(RegisterKeys.generate().getPublic()));
        assertThatThrownBy(() -> files(home, privateFile, otherPublic).signingKey())
                .hasMessageContaining("are not one key pair");
        assertThatThrownBy(() -> files(home, home.resolve("missing"), publicFile).signingKey())
                .hasMessageContaining("cannot read the register's Ed25519 private key from");
        assertThatThrownBy(() -> new RegisterProperties(home, privateFile, null, Duration.ofSeconds(2), 100))
                .hasMessageContaining("set together");
    }

    private static SigningKeyFiles files(Path directory, Path privateFile, Path publicFile) {
        return new SigningKeyFiles(new RegisterProperties(directory, privateFile, publicFile, Duration.ofSeconds(2), 100));
    }
}
