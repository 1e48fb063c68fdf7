package org.pactum.server.finance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.finance.FinanceLedger;
import org.pactum.server.finance.Financing;
import org.pactum.server.finance.InstrumentRequest;
import org.pactum.server.finance.TrancheDecided;
import org.pactum.server.finance.TrancheReview;
import org.pactum.server.finance.TransactionRequest;
import org.pactum.server.identity.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the illustrative financing of the demo agreements from {@code demo/finance/*.json} on first
 * start (after the demo agreements): instruments with their tranche plans, ledger entries, the
 * tranche decisions on the demo's verified and disputed figures, and the spending reported after
 * them. Each file is loaded in one transaction, and only if its agreement exists and has no
 * financing yet; the releases are disbursed in the same transaction (the outbox listener then finds
 * them recorded and does nothing).
 */
@Component
@Order(50)
class DemoFinancing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFinancing.class);

    record DemoDecision(String instrument, String tranche, LocalDate on) {
    }

    record DemoFile(String agreement, String note, List<InstrumentRequest> instruments, List<TransactionRequest> transactions,
            List<DemoDecision> decisions, List<TransactionRequest> afterDecisions) {
    }

    private final Financing financing;
    private final FinanceLedger ledger;
    private final TrancheReview review;
    private final FinanceRepository repository;
    private final AgreementRegister register;
    private final SystemActor system;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final boolean enabled;

    DemoFinancing(Financing financing, FinanceLedger ledger, TrancheReview review, FinanceRepository repository,
            AgreementRegister register, SystemActor system,
            TransactionTemplate transactions, JsonMapper json, @Value("${pactum.demo.enabled:true}") boolean enabled) {
        this.financing = financing;
        this.ledger = ledger;
        this.review = review;
        this.repository = repository;
        this.register = register;
        this.system = system;
        this.transactions = transactions;
        this.json = json;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled) {
            return;
        }
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/finance/*.json");
        for (Resource file : Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
            DemoFile demo;
            try (InputStream in = file.getInputStream()) {
                demo = json.readValue(in, DemoFile.class);
            }
            if (register.load(demo.agreement()).isEmpty() || !repository.instruments(demo.agreement()).isEmpty()) {
                continue;
            }
            try {
                system.run("demo", () -> transactions.executeWithoutResult(status -> load(demo)));
                log.info("Demo financing of {} loaded", demo.agreement());
            } catch (org.springframework.dao.DataIntegrityViolationException | org.pactum.server.support.RuleViolationException e) {
                log.info("Demo financing of {} loaded by another node", demo.agreement());
            }
        }
    }

    private void load(DemoFile demo) {
        demo.instruments().forEach(financing::record);
        demo.transactions().forEach(ledger::record);
        for (DemoDecision decision : demo.decisions()) {
            TrancheDecided decided = review.decide(decision.instrument(), decision.tranche(), decision.on());
            ledger.recordRelease(decided);
        }
        demo.afterDecisions().forEach(ledger::record);
    }
}
