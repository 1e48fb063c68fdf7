package org.pactum.server.allocation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.pactum.server.allocation.AllocationSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pseudonymisation key: from {@code PACTUM_ALLOCATION_KEY} when set, otherwise from a key file
 * generated on first start (readable by its owner only), as the grievance keys are.
 */
@Configuration
class PseudonymKey {

    private static final Logger log = LoggerFactory.getLogger(PseudonymKey.class);

    @Bean
    Pseudonyms allocationPseudonyms(AllocationSettings settings) {
        if (!settings.pseudonymKey().isEmpty()) {
            return Pseudonyms.fromBase64(settings.pseudonymKey());
        }
        Path file = settings.keyFile();
        try {
            if (!Files.exists(file)) {
                generate(file);
                log.info("Generated the allocation pseudonymisation key in {}; keep a copy of it safe", file);
            }
            return Pseudonyms.fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the allocation key file " + file, e);
        }
    }

    private static void generate(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary;
        try {
            temporary = Files.createTempFile(directory, ".allocation", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            temporary = Files.createTempFile(directory, ".allocation", ".tmp");
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
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
