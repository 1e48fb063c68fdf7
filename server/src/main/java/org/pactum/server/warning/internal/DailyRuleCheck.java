package org.pactum.server.warning.internal;

import java.util.List;
import java.util.Optional;
import org.pactum.server.identity.SystemActor;
import org.pactum.server.warning.SurgeAlert;
import org.pactum.server.warning.SurgeWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily check of the surge rules: once a day (02:30 UTC by default, {@code pactum.warning.rule-check-cron};
 * {@code -} turns it off) every rule is evaluated on the current forecasts, as the system. A rule
 * raises its alert once per month of data, so running the check again, or on several nodes, raises
 * nothing twice: a node that loses the race to store the same alert gives way to the one that won.
 */
@Component
public class DailyRuleCheck {

    private static final Logger log = LoggerFactory.getLogger(DailyRuleCheck.class);

    private final SurgeWatch watch;
    private final SystemActor system;

    DailyRuleCheck(SurgeWatch watch, SystemActor system) {
        this.watch = watch;
        this.system = system;
    }

    /** Evaluates every rule on the current forecasts; returns the alerts raised by this run. */
    @Scheduled(cron = "${pactum.warning.rule-check-cron:0 30 2 * * *}", zone = "UTC")
    public List<SurgeAlert> run() {
        try {
            List<SurgeAlert> raised = system.call("surge-rule-check", () -> watch.evaluate(Optional.empty()));
            log.info("Surge rule check: {} alerts raised", raised.size());
            return raised;
        } catch (DataIntegrityViolationException e) {
            log.info("Surge rule check: another node raised the same alerts first");
            return List.of();
        }
    }
}
