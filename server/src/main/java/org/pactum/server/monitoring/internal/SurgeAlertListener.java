package org.pactum.server.monitoring.internal;

import java.util.Optional;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.agreements.Clause;
import org.pactum.server.agreements.ClauseKind;
import org.pactum.server.identity.SystemActor;
import org.pactum.server.warning.SurgeAlertRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Brings a surge alert of the early warning to the surge clauses it concerns: every agreement in
 * force (or under review) with a surge clause whose party is one of the destination states of the
 * alert's route gets a notice on its dashboard, once per alert and clause, naming the clause and
 * what the parties agreed would follow.
 */
@Component
class SurgeAlertListener {

    static final String KIND = "SURGE_ALERT";

    private final AgreementRegister register;
    private final MonitoringRepository repository;
    private final SystemActor system;

    SurgeAlertListener(AgreementRegister register, MonitoringRepository repository, SystemActor system) {
        this.register = register;
        this.repository = repository;
        this.system = system;
    }

    @ApplicationModuleListener
    void on(SurgeAlertRaised alert) {
        system.run("monitoring", () -> {
            for (Agreement agreement : register.operative()) {
                for (Clause clause : agreement.terms().clauses()) {
                    if (clause.kind() == ClauseKind.SURGE && clause.partyId().filter(alert.destinations()::contains).isPresent()
                            && repository.takeNotice("surge-alert:" + alert.alertId() + ":" + agreement.id() + ":" + clause.key())) {
                        String message = "Surge alert " + alert.alertId() + " on " + alert.route() + " concerns clause '" + clause.key() + "' ("
                                        + clause.partyId().orElseThrow() + "): " + alert.explanation()
                                        + (clause.consequence().isEmpty() ? "" : "; consequence: " + clause.consequence());
                        repository.addAlert(agreement.id(), KIND, Optional.of(alert.raisedOn()),
                                message.length() > 1000 ? message.substring(0, 999) + "…" : message,
                                "alert=" + alert.alertId() + ";clause=" + clause.key() + ";series=" + alert.seriesId() + ";basis="
                                        + alert.basis());
                    }
                }
            }
        });
    }
}
