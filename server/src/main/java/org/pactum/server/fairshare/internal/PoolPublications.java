package org.pactum.server.fairshare.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pactum.server.fairshare.PoolEvent;
import org.pactum.server.fairshare.PoolView;
import org.pactum.server.register.PublicRegister;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts a solidarity pool's public facts on the register: the pool as set up, with the key, the data
 * year and every state's indicative contribution, and each pledge a state records. The events come
 * through the event publication registry, so a committed change reaches the register even if the
 * application stops in between.
 */
@Component
class PoolPublications {

    private final PublicRegister register;

    PoolPublications(PublicRegister register) {
        this.register = register;
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
        register.publishOnce("pool-established", PoolView.registerSubject(pool.poolId()), payload);
    }

    @ApplicationModuleListener
    void on(PoolEvent.PledgeRecorded pledge) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("pool", pledge.poolId());
        payload.put("state", pledge.state());
        payload.put("relocations", pledge.relocations());
        payload.put("financial", Map.of("minorUnits", pledge.financialMinor(), "currency", pledge.currency()));
        payload.put("alternativeMeasures", Map.of("minorUnits", pledge.alternativeMinor(), "currency", pledge.currency()));
        register.publishOnce("pool-pledge", PoolView.pledgeSubject(pledge.poolId(), pledge.state()), payload);
    }
}
