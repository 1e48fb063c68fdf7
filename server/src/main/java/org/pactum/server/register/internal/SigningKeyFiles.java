package org.pactum.server.register.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.pactum.core.register.RegisterKeys;
import org.pactum.register.jdbc.RegisterSigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The register's Ed25519 key pair on disk. Either configured ({@code pactum.register.private-key-file}
 * and {@code public-key-file}), or kept in {@code ${pactum.home}/keys} as
 * {@value #PRIVATE_KEY_FILE} (PKCS#8 PEM, readable by its owner only) and {@value #PUBLIC_KEY_FILE}
 * (X.509 SubjectPublicKeyInfo PEM), generated there on first use. Both are the PEM files
 * {@code openssl pkey} reads. Loaded once, when the register first signs.
 */
@Component
public class SigningKeyFiles {

    static final String PRIVATE_KEY_FILE = "register-private-key.pem";
    static final String PUBLIC_KEY_FILE = "register-public-key.pem";

    private static final Logger log = LoggerFactory.getLogger(SigningKeyFiles.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final RegisterProperties properties;
    private volatile RegisterSigningKey key;

    SigningKeyFiles(RegisterProperties properties) {
        this.properties = properties;
    }

    /** The key this node signs with, loaded or generated on first call. */
    public RegisterSigningKey signingKey() {
        RegisterSigningKey loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                loaded = key;
            }
        }
        return loaded;
    }

    /** The private key file in use (configured or in the key directory). */
    public Path privateKeyFile() {
        return properties.privateKeyFile() != null ? properties.privateKeyFile()
                : properties.keyDirectory().resolve(PRIVATE_KEY_FILE);
    }

    private RegisterSigningKey load() {
        if (properties.privateKeyFile() != null) {
            return read(properties.privateKeyFile(), properties.publicKeyFile());
        }
        Path directory = properties.keyDirectory();
        Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
        Path publicFile = directory.resolve(PUBLIC_KEY_FILE);
        if (Files.exists(privateFile) || Files.exists(publicFile)) {
            return read(privateFile, publicFile);
        }
        KeyPair pair = RegisterKeys.generate();
        try {
            createOwnerOnlyDirectory(directory);
            writeAtomically(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
            writeAtomically(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the register's new signing key in " + directory, e);
        }
        RegisterSigningKey generated = new RegisterSigningKey(pair.getPrivate(), pair.getPublic());
        log.info("Generated the public register's Ed25519 signing key in {} (key id {}); keep a copy of {} safe",
                directory, Base64.getEncoder().encodeToString(generated.keyId().bytes()), PRIVATE_KEY_FILE);
        return generated;
    }

    private static RegisterSigningKey read(Path privateFile, Path publicFile) {
        PrivateKey privateKey;
        PublicKey publicKey;
        try {
            privateKey = RegisterKeys.privateKeyFromBase64(base64Body(Files.readString(privateFile, StandardCharsets.US_ASCII)));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the register's Ed25519 private key from " + privateFile
                    + ": " + e.getMessage(), e);
        }
        try {
            publicKey = RegisterKeys.publicKeyFromBase64(base64Body(Files.readString(publicFile, StandardCharsets.US_ASCII)));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the register's Ed25519 public key from " + publicFile
                    + ": " + e.getMessage(), e);
        }
        warnIfReadableByOthers(privateFile);
        try {
            return new RegisterSigningKey(privateKey, publicKey);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(privateFile + " and " + publicFile + " are not one key pair: " + e.getMessage(), e);
        }
    }

    /** The base64 between PEM armour lines, or the whole text if it has none. */
    static String base64Body(String text) {
        return text.lines().map(String::strip).filter(line -> !line.startsWith("-----")).collect(Collectors.joining());
    }

    static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void createOwnerOnlyDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }

    private static void writeAtomically(Path file, String content, boolean secret) throws IOException {
        Path temporary = posix() && secret
                ? Files.createTempFile(file.getParent(), ".key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(file.getParent(), ".key", ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.US_ASCII);
            if (posix() && !secret) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void warnIfReadableByOthers(Path privateFile) {
        if (!posix()) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(privateFile);
            if (!OWNER_ONLY.containsAll(permissions)) {
                log.warn("The register's private key {} can be read by others ({}); run: chmod 600 {}", privateFile,
                        PosixFilePermissions.toString(permissions), privateFile);
            }
        } catch (IOException e) {
            log.warn("Cannot check the permissions of {}: {}", privateFile, e.getMessage());
        }
    }
}
