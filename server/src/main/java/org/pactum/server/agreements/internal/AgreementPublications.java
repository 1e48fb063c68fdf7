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
 * commitment with its quantity, so that the states can later be held to exactly what they signed;
 * then each later change of its status (entry into force, review, suspension, termination, expiry
 * at its sunset), with the date and the reason given. Changes before publication are not published
 * one by one: the published agreement states where it stands. The events come through the event
 * publication registry, so a committed change reaches the register even if the application stops
 * in between.
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
        register.publishOnce("agreement-published", agreement.registerSubject(), payload);
    }

    @ApplicationModuleListener
    void on(AgreementEvent.AgreementTransitioned transition) {
        if (!transition.onPublicRegister()) {
            return;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("agreement", transition.agreementId());
        payload.put("action", transition.action());
        payload.put("from", transition.from().name());
        payload.put("to", transition.to().name());
        payload.put("effectiveOn", transition.effectiveOn().toString());
        payload.put("reason", transition.detail());
        register.publishOnce("agreement-status", Agreement.registerSubject(transition.agreementId()), payload);
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
