package org.pactum.server.grievances.internal;

import java.util.List;
import java.util.Optional;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.identity.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals again, with the current key, every complaint and note still sealed with an older key
 * that is still configured (text sealed with a key no longer configured cannot be opened, and is
 * left as it is: the officer's page then says so).
 * Runs at every start (after a new key was made current, the old one must stay configured until
 * this has run once) in batches of 200, each in its own transaction.
 */
@Component
@Order(60)
public class KeyRotation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);
    private static final int BATCH = 200;

    private final GrievanceRepository repository;
    private final Keyring keyring;
    private final AuditTrail audit;
    private final SystemActor system;
    private final TransactionTemplate transactions;

    KeyRotation(GrievanceRepository repository, Keyring keyring, AuditTrail audit, SystemActor system, TransactionTemplate transactions) {
        this.repository = repository;
        this.keyring = keyring;
        this.audit = audit;
        this.system = system;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        int resealed = reseal();
        if (resealed > 0) {
            log.info("Sealed {} grievance texts again with key '{}'", resealed, keyring.currentKeyId());
        }
    }

    /** Seals everything sealed with an older key again; returns how many complaints and notes. */
    public int reseal() {
        return system.call("grievance-key-rotation", () -> {
            int total = 0;
            while (true) {
                Integer done = transactions.execute(status -> batch());
                if (done == null || done == 0) {
                    return total;
                }
                total += done;
            }
        });
    }

    private int batch() {
        String current = keyring.currentKeyId();
        int done = 0;
        List<Long> ids = repository.sealedWith(keyring.olderKeyIds(), BATCH);
        for (long id : ids) {
            GrievanceRow row = repository.lock(id).orElseThrow();
            String description = keyring.open(row.keyId(), row.descriptionSealed(), row.context("description"));
            Optional<String> contact = keyring.openOptional(row.keyId(), row.contactSealed().orElse(null), row.context("contact"));
            repository.reseal(id, current, keyring.seal(description, row.context("description")),
                    contact.map(c -> keyring.seal(c, row.context("contact"))));
            audit.record("grievance.reseal", "grievance " + id, "sealed again: key " + row.keyId() + " -> " + current);
            done++;
        }
        for (GrievanceRow.NoteRow note : repository.notesSealedWith(keyring.olderKeyIds(), BATCH)) {
            long grievance = repository.noteGrievance(note.id());
            String context = "grievance-note/" + grievance;
            repository.resealNote(note.id(), current, keyring.seal(keyring.open(note.keyId(), note.bodySealed(), context), context));
            audit.record("grievance.reseal", "grievance " + grievance, "note " + note.id() + " sealed again: key " + note.keyId() + " -> " + current);
            done++;
        }
        return done;
    }
}
