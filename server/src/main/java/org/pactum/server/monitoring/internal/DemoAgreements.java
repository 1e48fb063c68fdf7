package org.pactum.server.monitoring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.identity.Party;
import org.pactum.server.identity.PartyDirectory;
import org.pactum.server.identity.PartyKind;
import org.pactum.server.identity.SystemActor;
import org.pactum.server.monitoring.AgreementDocument;
import org.pactum.server.monitoring.AgreementImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the illustrative demo agreements from {@code demo/agreements/*.json} on first start when
 * demo data is on, adding the third-country parties they need (Türkiye, Morocco).
 */
@Component
@Order(40)
class DemoAgreements implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAgreements.class);

    private final AgreementImport importer;
    private final AgreementRegister register;
    private final PartyDirectory parties;
    private final SystemActor system;
    private final JsonMapper json;
    private final boolean enabled;

    DemoAgreements(AgreementImport importer, AgreementRegister register, PartyDirectory parties, SystemActor system,
            JsonMapper json, @Value("${pactum.demo.enabled:true}") boolean enabled) {
        this.importer = importer;
        this.register = register;
        this.parties = parties;
        this.system = system;
        this.json = json;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled) {
            return;
        }
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/agreements/*.json");
        List<Resource> ordered = Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList();
        system.run("demo", () -> {
            parties.addIfMissing(new Party("TUR", "Türkiye", PartyKind.STATE, Optional.of("TUR"), "", ""));
            parties.addIfMissing(new Party("MAR", "Morocco", PartyKind.STATE, Optional.of("MAR"), "", ""));
            for (Resource file : ordered) {
                try (InputStream in = file.getInputStream()) {
                    AgreementDocument document = json.readValue(in, AgreementDocument.class);
                    if (register.load(document.id()).isEmpty()) {
                        try {
                            importer.importDocument(document);
                            log.info("Demo agreement {} loaded", document.id());
                        } catch (org.springframework.dao.DataIntegrityViolationException
                                | org.pactum.server.support.RuleViolationException e) {
                            // another node starting at the same moment loaded it first
                            log.info("Demo agreement {} loaded by another node", document.id());
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("Demo agreement " + file.getFilename() + " cannot be read", e);
                }
            }
        });
    }
}
