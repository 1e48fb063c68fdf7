package org.pactum.server.register.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.register.jdbc.Publication;
import org.pactum.register.jdbc.RegisterLeaf;
import org.pactum.server.reference.DatasetLoad;
import org.pactum.server.reference.Indicator;
import org.pactum.server.reference.ReferenceCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the service starts: the register signs a head for its tree if it has none (so that a new,
 * empty register already has something to verify), and, with demo data on and an empty log,
 * publishes which edition of each reference dataset Pactum was loaded with, so that the log holds
 * real facts from the first minute.
 */
@Component
@Order(15) // after the reference data (10), before the demo pool and agreements publish through the outbox
@ConditionalOnWebApplication
class RegisterStartup implements ApplicationRunner {

    static final String REFERENCE_EDITION = "reference-edition";

    private static final Logger log = LoggerFactory.getLogger(RegisterStartup.class);

    private final LogIntegrator integrator;
    private final RegisterStorage storage;
    private final TransactionTemplate transactions;
    private final ReferenceCatalog reference;
    private final boolean demo;

    RegisterStartup(LogIntegrator integrator, RegisterStorage storage, TransactionTemplate transactions,
            ReferenceCatalog reference, @Value("${pactum.demo.enabled:true}") boolean demo) {
        this.integrator = integrator;
        this.storage = storage;
        this.transactions = transactions;
        this.reference = reference;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        integrator.signHeadIfMissing();
        if (!demo) {
            return;
        }
        Integer published = transactions.execute(status -> storage.run("publish the reference editions", registerLog -> {
            // under the integrator's lock, so that two nodes starting together publish once
            if (registerLog.lockTreeSize() > 0 || registerLog.pendingCount() > 0) {
                return 0;
            }
            List<Publication> publications = referenceEditions(Instant.now());
            registerLog.publish(publications);
            return publications.size();
        }));
        if (published != null && published > 0) {
            long appended = integrator.integrate().entriesAppended();
            log.info("Public register: published the editions of {} reference datasets ({} entries appended)",
                    published, appended);
        }
    }

    private List<Publication> referenceEditions(Instant now) {
        List<Publication> publications = new ArrayList<>();
        for (DatasetLoad load : reference.loadedDatasets()) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("dataset", load.dataset());
            payload.put("edition", load.edition());
            payload.put("rows", load.rowCount());
            payload.put("loadedAt", RegisterLeaf.timestamp(load.loadedAt()));
            reference.indicator(load.dataset()).map(Indicator::provenance).ifPresent(provenance -> {
                payload.put("source", provenance.source());
                payload.put("licence", provenance.licence());
                payload.put("sourceUrl", provenance.sourceUrl());
            });
            publications.add(new Publication(now, REFERENCE_EDITION, "dataset/" + load.dataset(),
                    RegisterLeaf.canonicalPayload(payload)));
        }
        return publications;
    }
}
