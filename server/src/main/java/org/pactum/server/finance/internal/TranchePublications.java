package org.pactum.server.finance.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pactum.server.finance.FinanceViews;
import org.pactum.server.finance.TrancheDecided;
import org.pactum.server.register.PublicRegister;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts every tranche decision on the public register: released in full, in part or withheld, with
 * the amounts and the reason for each condition. The event comes through the event publication
 * registry, so a committed decision reaches the register even if the application stops in between.
 */
@Component
class TranchePublications {

    private final PublicRegister register;

    TranchePublications(PublicRegister register) {
        this.register = register;
    }

    @ApplicationModuleListener
    void on(TrancheDecided decision) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("decision", decision.decisionId());
        payload.put("agreement", decision.agreementId());
        payload.put("instrument", decision.instrumentId());
        payload.put("tranche", decision.trancheId());
        payload.put("decidedOn", decision.decidedOn().toString());
        payload.put("outcome", decision.outcome());
        payload.put("released", Map.of("minorUnits", decision.releasedMinor(), "currency", decision.currency()));
        payload.put("withheld", Map.of("minorUnits", decision.withheldMinor(), "currency", decision.currency()));
        payload.put("reasons", decision.reasons());
        register.publish("tranche-decision", FinanceViews.DecisionView.registerSubject(decision.decisionId()), payload);
    }
}
