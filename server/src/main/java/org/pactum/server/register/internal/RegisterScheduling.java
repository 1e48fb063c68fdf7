package org.pactum.server.register.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the integrator with a fixed pause between runs ({@code pactum.register.integrate-every}) in
 * the web service. Batch commands of the {@code pactum} CLI only publish; the service appends.
 */
@Configuration
@ConditionalOnWebApplication
class RegisterScheduling implements SchedulingConfigurer {

    private final LogIntegrator integrator;
    private final RegisterProperties properties;

    RegisterScheduling(LogIntegrator integrator, RegisterProperties properties) {
        this.integrator = integrator;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(integrator::integrateAndReport, properties.integrateEvery());
    }
}
