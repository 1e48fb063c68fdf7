package org.pactum.server.agreements.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementEvent;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.agreements.AgreementTerms;
import org.pactum.server.agreements.Commitment;
import org.pactum.server.register.PublicRegister;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts a published agreement on the public register: its title, type, term, parties and every
 * commitment with its quantity, so that the states can later be held to exactly what they signed.
 * The event comes through the event publication registry, so an agreement whose publication was
 * committed reaches the register even if the application stops in between.
 */
@Component
class AgreementPublications {

    private final AgreementRegister agreements;
    private final PublicRegister register;

    AgreementPublications(AgreementRegister agreements, PublicRegister register) {
        this.agreements = agreements;
        this.register = register;
    }

    @ApplicationModuleListener
    void on(AgreementEvent.AgreementPublished published) {
        Agreement agreement = agreements.require(published.agreementId());
        AgreementTerms terms = agreement.terms();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("agreement", agreement.id());
        payload.put("version", agreement.version());
        payload.put("title", terms.title());
        payload.put("type", terms.typeCode());
        payload.put("startsOn", terms.startsOn().toString());
        payload.put("endsOn", terms.endsOn().toString());
        payload.put("status", agreement.status().name());
        payload.put("parties", terms.parties().stream().map(p -> Map.of("party", p.partyId(), "role", p.role())).toList());
        payload.put("commitments", terms.commitments().stream().map(AgreementPublications::commitment).toList());
        register.publish("agreement-published", agreement.registerSubject(), payload);
    }

    private static Map<String, Object> commitment(Commitment commitment) {
        Map<String, Object> fact = new LinkedHashMap<>();
        fact.put("key", commitment.key());
        fact.put("party", commitment.partyId());
        fact.put("type", commitment.typeCode());
        fact.put("quantity", commitment.quantity().toPlainString());
        fact.put("unit", commitment.unit());
        fact.put("from", commitment.periodStart().toString());
        fact.put("to", commitment.periodEnd().toString());
        fact.put("indicators", List.copyOf(commitment.indicatorCodes()));
        return fact;
    }
}
