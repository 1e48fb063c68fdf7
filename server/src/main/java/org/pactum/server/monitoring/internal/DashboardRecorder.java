package org.pactum.server.monitoring.internal;

import java.util.Optional;
import org.pactum.server.agreements.AgreementEvent;
import org.pactum.server.monitoring.MonitoringEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes every notice of the review calendar and every step of an agreement onto the dashboard. */
@Component
class DashboardRecorder {

    private final MonitoringRepository repository;

    DashboardRecorder(MonitoringRepository repository) {
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(MonitoringEvent event) {
        if (event instanceof MonitoringEvent.ReviewDue e) {
            repository.addAlert(e.agreementId(), "REVIEW_DUE", Optional.of(e.dueOn()),
                    "Review '" + e.title() + "' due in " + e.daysLeft() + " days", "clause=" + e.clauseKey());
        } else if (event instanceof MonitoringEvent.SunsetNear e) {
            repository.addAlert(e.agreementId(), "SUNSET_NEAR", Optional.of(e.sunsetOn()),
                    "Sunset in " + e.daysLeft() + " days", "");
        } else if (event instanceof MonitoringEvent.TriggerBreached e) {
            repository.addAlert(e.agreementId(), "TRIGGER_BREACHED", Optional.of(e.evaluatedOn()),
                    "Clause '" + e.clauseKey() + "' (" + e.clauseKind() + ") breached: " + e.indicatorCode() + " of "
                            + e.partyId() + " in " + e.period() + " was " + plain(e.value()) + ", " + e.comparison() + " "
                            + plain(e.threshold()) + (e.consequence().isEmpty() ? "" : "; consequence: " + e.consequence()),
                    "indicator=" + e.indicatorCode() + ";party=" + e.partyId() + ";period=" + e.period() + ";value="
                            + plain(e.value()) + ";comparison=" + e.comparison() + ";threshold=" + plain(e.threshold()));
        }
    }

    @ApplicationModuleListener
    void on(AgreementEvent event) {
        if (event instanceof AgreementEvent.AgreementTransitioned e) {
            repository.addAlert(e.agreementId(), "LIFECYCLE", Optional.ofNullable(e.effectiveOn()),
                    e.action() + ": " + e.from() + " to " + e.to() + (e.detail().isEmpty() ? "" : " (" + e.detail() + ")"), "");
        } else if (event instanceof AgreementEvent.AgreementPublished e) {
            repository.addAlert(e.agreementId(), "PUBLISHED", Optional.empty(), "Published on the public register", "");
        } else if (event instanceof AgreementEvent.RenegotiationOpened e) {
            repository.addAlert(e.agreementId(), "RENEGOTIATION_OPENED", Optional.ofNullable(e.effectiveOn()),
                    "Renegotiation opened under clause '" + e.clauseKey() + "': " + e.reason(), "clause=" + e.clauseKey());
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
