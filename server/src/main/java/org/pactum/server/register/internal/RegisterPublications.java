package org.pactum.server.register.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pactum.server.agreements.AgreementEvent;
import org.pactum.server.fairshare.PoolEvent;
import org.pactum.server.finance.TrancheDecided;
import org.pactum.server.register.PublicRegister;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts the public facts other capabilities announce on the register: an agreement published, a
 * solidarity pool set up with its indicative contributions, a state's pledge, a tranche released
 * or withheld with its reasons. The events come
 * through the event publication registry, so a fact whose change was committed reaches the
 * register even if the application stops in between.
 */
@Component
class RegisterPublications {

    private final PublicRegister register;

    RegisterPublications(PublicRegister register) {
        this.register = register;
    }

    @ApplicationModuleListener
    void on(AgreementEvent.AgreementPublished published) {
        register.publish("agreement-published", Map.of("agreement", published.agreementId()));
    }

    @ApplicationModuleListener
    void on(PoolEvent.PoolEstablished pool) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("pool", pool.poolId());
        payload.put("name", pool.name());
        payload.put("relocationReference", pool.relocationReference());
        payload.put("financialReference", Map.of("minorUnits", pool.financialReferenceMinor(), "currency", pool.currency()));
        payload.put("key", pool.key());
        payload.put("dataYear", pool.dataYear());
        payload.put("method", pool.method());
        payload.put("indicativeContributions", new LinkedHashMap<>(pool.contributions()));
        register.publish("pool-established", payload);
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
        register.publish("tranche-decision", payload);
    }

    @ApplicationModuleListener
    void on(PoolEvent.PledgeRecorded pledge) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("pool", pledge.poolId());
        payload.put("state", pledge.state());
        payload.put("relocations", pledge.relocations());
        payload.put("financial", Map.of("minorUnits", pledge.financialMinor(), "currency", pledge.currency()));
        payload.put("alternativeMeasures", Map.of("minorUnits", pledge.alternativeMinor(), "currency", pledge.currency()));
        register.publish("pool-pledge", payload);
    }
}
