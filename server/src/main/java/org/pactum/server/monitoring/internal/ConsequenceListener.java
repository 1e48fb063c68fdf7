package org.pactum.server.monitoring.internal;

import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.agreements.AgreementStatus;
import org.pactum.server.agreements.ClauseKind;
import org.pactum.server.identity.SystemActor;
import org.pactum.server.monitoring.MonitoringEvent.TriggerBreached;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Carries out what the parties agreed when a trigger is breached: a renegotiation clause puts the
 * agreement under review (and the register raises a renegotiation event); a suspension rule
 * suspends it. A surge clause's extra commitments are announced on the dashboard.
 */
@Component
class ConsequenceListener {

    private final AgreementRegister register;
    private final SystemActor system;

    ConsequenceListener(AgreementRegister register, SystemActor system) {
        this.register = register;
        this.system = system;
    }

    @ApplicationModuleListener
    void on(TriggerBreached breach) {
        ClauseKind kind = ClauseKind.valueOf(breach.clauseKind());
        String reason = "clause " + breach.clauseKey() + ": " + breach.indicatorCode() + " of " + breach.partyId() + " in "
                + breach.period() + " was " + breach.value() + " (" + breach.comparison() + " " + breach.threshold() + ")";
        system.run("monitoring", () -> register.load(breach.agreementId()).ifPresent(agreement -> {
            if (kind == ClauseKind.RENEGOTIATION_TRIGGER && agreement.status() == AgreementStatus.IN_FORCE) {
                register.openRenegotiation(breach.agreementId(), breach.clauseKey(), breach.evaluatedOn(), reason);
            } else if (kind == ClauseKind.SUSPENSION_RULE && (agreement.status() == AgreementStatus.IN_FORCE
                    || agreement.status() == AgreementStatus.UNDER_REVIEW)) {
                register.suspendByRule(breach.agreementId(), breach.evaluatedOn(), reason);
            }
        }));
    }
}
