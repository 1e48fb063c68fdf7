package org.pactum.server.monitoring;

import java.time.LocalDate;

/**
 * What the review calendar and the triggers raise. They travel through the event publication
 * registry: stored with the evaluation that raised them, delivered after it commits, and
 * delivered again after a crash until a listener has completed them.
 */
public sealed interface MonitoringEvent {

    String agreementId();

    /** A review clause falls due in {@code daysLeft} days. */
    record ReviewDue(String agreementId, String clauseKey, String title, LocalDate dueOn, long daysLeft)
            implements MonitoringEvent {
    }

    /** The agreement reaches its sunset in {@code daysLeft} days. */
    record SunsetNear(String agreementId, LocalDate sunsetOn, long daysLeft) implements MonitoringEvent {
    }

    /**
     * A verified figure breached a triggered clause: which clause, what it provides, and the data
     * that breached it.
     */
    record TriggerBreached(String agreementId, String clauseKey, String clauseKind, String consequence,
            String indicatorCode, String partyId, String period, double value, String comparison, double threshold,
            LocalDate evaluatedOn) implements MonitoringEvent {
    }
}
