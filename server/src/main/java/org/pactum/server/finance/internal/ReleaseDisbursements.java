package org.pactum.server.finance.internal;

import org.pactum.server.finance.FinanceLedger;
import org.pactum.server.finance.TrancheDecided;
import org.pactum.server.identity.SystemActor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a released (or partly released) tranche into the disbursement it authorises. It runs from
 * the event outbox after the decision is committed, so a crash in between leaves the event to be
 * replayed; the ledger records one disbursement per decision, so a replay adds nothing.
 */
@Component
class ReleaseDisbursements {

    private final FinanceLedger ledger;
    private final SystemActor system;

    ReleaseDisbursements(FinanceLedger ledger, SystemActor system) {
        this.ledger = ledger;
        this.system = system;
    }

    @ApplicationModuleListener
    void on(TrancheDecided decision) {
        if (decision.releasedMinor() > 0) {
            system.run("finance", () -> ledger.recordRelease(decision));
        }
    }
}
