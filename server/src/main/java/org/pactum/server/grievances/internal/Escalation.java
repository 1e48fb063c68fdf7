package org.pactum.server.grievances.internal;

import java.time.Instant;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.identity.SystemActor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates every open complaint whose deadline has passed: it is marked, the complainant sees
 * the step, and the triage party's officers see it beside their own until it is closed. Several
 * nodes may run this together; a complaint is escalated once.
 */
@Component
public class Escalation {

    private final GrievanceRepository repository;
    private final AuditTrail audit;
    private final SystemActor system;
    private final TransactionTemplate transactions;

    Escalation(GrievanceRepository repository, AuditTrail audit, SystemActor system, TransactionTemplate transactions) {
        this.repository = repository;
        this.audit = audit;
        this.system = system;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${pactum.grievances.escalate-every:PT1H}", initialDelayString = "PT1M")
    void escalateNow() {
        escalateOverdue(Instant.now());
    }

    /** Escalates the complaints overdue at {@code now}; returns how many. */
    public int escalateOverdue(Instant now) {
        return system.call("grievance-escalation", () -> transactions.execute(status -> {
            int escalated = 0;
            for (GrievanceRow row : repository.overdue(now)) {
                if (repository.escalate(row.id(), now)) {
                    repository.insertStep(row.id(), now, "ESCALATED", "system:grievance-escalation");
                    audit.record("grievance.escalate", "grievance " + row.id(), row.category() + " complaint due " + row.dueAt()
                            + " still " + row.status() + "; shown to the triage party");
                    escalated++;
                }
            }
            return escalated;
        }));
    }
}
