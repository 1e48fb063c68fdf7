package org.pactum.server.testing;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pactum.server.monitoring.MonitoringEvent.TriggerBreached;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener of breached triggers that dies once for the agreements it is told to, as an
 * application would if the node were killed after the trigger evaluation committed and before the
 * event was delivered. Found by component scanning in every integration test; it does nothing
 * unless a test arms it.
 */
@Component
public class FlakyTriggerListener {

    private static final Set<String> FAIL_ONCE = ConcurrentHashMap.newKeySet();
    private static final List<TriggerBreached> DELIVERED = new CopyOnWriteArrayList<>();

    public static void failOnceFor(String agreementId) {
        FAIL_ONCE.add(agreementId);
    }

    public static List<TriggerBreached> delivered(String agreementId) {
        return DELIVERED.stream().filter(e -> e.agreementId().equals(agreementId)).toList();
    }

    @ApplicationModuleListener
    void on(TriggerBreached event) {
        if (FAIL_ONCE.remove(event.agreementId())) {
            throw new IllegalStateException("simulated crash before delivery of " + event.clauseKey());
        }
        DELIVERED.add(event);
    }
}
