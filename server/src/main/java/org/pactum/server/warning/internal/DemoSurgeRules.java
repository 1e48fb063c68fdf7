package org.pactum.server.warning.internal;

import java.math.BigDecimal;
import java.util.List;
import org.pactum.server.identity.SystemActor;
import org.pactum.server.warning.SurgeRuleRequest;
import org.pactum.server.warning.SurgeWatch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Illustrative surge rules for the demo, defined on first start when there are none: more than
 * 20,000 detections a month on the Central Mediterranean route (upper 80 % bound within six months),
 * and growth of more than 50 % on the year over the next six months on the same route. Their alerts
 * reach the surge clauses of agreements with Italy or Malta.
 */
@Component
@Order(60)
class DemoSurgeRules implements ApplicationRunner {

    private final SurgeWatch watch;
    private final SystemActor system;
    private final boolean enabled;

    DemoSurgeRules(SurgeWatch watch, SystemActor system, @Value("${pactum.demo.enabled:true}") boolean enabled) {
        this.watch = watch;
        this.system = system;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !watch.rules().isEmpty()) {
            return;
        }
        try {
            system.run("demo", () -> {
                watch.define(new SurgeRuleRequest("central-mediterranean-20000", "frontex:central-mediterranean", "UPPER_BOUND",
                        new BigDecimal("20000"), 6, List.of()));
                watch.define(new SurgeRuleRequest("central-mediterranean-growth-50", "frontex:central-mediterranean", "YEAR_ON_YEAR",
                        new BigDecimal("50"), 6, List.of()));
            });
        } catch (org.pactum.server.support.UnprocessableException | org.springframework.dao.DataIntegrityViolationException e) {
            // another node defined them first, or the Frontex series are not loaded
        }
    }
}
