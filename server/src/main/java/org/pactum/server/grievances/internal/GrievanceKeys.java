package org.pactum.server.grievances.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.pactum.server.grievances.GrievanceSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The keyring of the grievance channel: from {@code PACTUM_GRIEVANCE_KEYS} when set, otherwise
 * from a key file generated on first start (readable by its owner only), the way the public
 * register's signing key is.
 */
@Configuration
class GrievanceKeys {

    private static final Logger log = LoggerFactory.getLogger(GrievanceKeys.class);

    @Bean
    Keyring grievanceKeyring(GrievanceSettings settings) {
        if (!settings.keys().isEmpty()) {
            return Keyring.parse(settings.keys(), settings.currentKey());
        }
        Path file = settings.keyFile();
        try {
            if (!Files.exists(file)) {
                generate(file);
                log.info("Generated the grievance encryption key in {}; keep a copy of it safe", file);
            }
            return Keyring.parse(Files.readString(file, StandardCharsets.US_ASCII), settings.currentKey());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the grievance key file " + file, e);
        }
    }

    private static void generate(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary;
        try {
            temporary = Files.createTempFile(directory, ".grievance", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            temporary = Files.createTempFile(directory, ".grievance", ".tmp");
        }
        Files.writeString(temporary, "k1:" + Keyring.newKey() + "\n", StandardCharsets.US_ASCII);
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // another node on the same home created it first: keep theirs
            Files.deleteIfExists(temporary);
            if (!Files.exists(file)) {
                throw e;
            }
        }
    }
}
