package org.pactum.core.testing;

import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Makes every property test of the build reproducible: when the system property
 * {@code pactum.jqwik.seed} holds a seed (the build sets one; {@code -Prandom-seeds} leaves it empty
 * to explore new inputs), each property without a seed of its own generates its inputs from it. A
 * failing property prints the seed it ran with, so the failure can be replayed with
 * {@code -Dpactum.jqwik.seed=<seed>}. Registered for every property through
 * {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
public class BuildSeed implements AroundPropertyHook {

    static final String SEED_PROPERTY = "pactum.jqwik.seed";

    /** The seed the build asks for, if any. */
    static Optional<String> requested() {
        return Optional.ofNullable(System.getProperty(SEED_PROPERTY)).map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property)
            throws Throwable {
        Optional<String> own = context.attributes().seed();
        Optional<String> seed = own.or(BuildSeed::requested);
        if (own.isEmpty()) {
            requested().ifPresent(context.attributes()::setSeed);
        }
        PropertyExecutionResult result = property.execute();
        if (result.status() == PropertyExecutionResult.Status.FAILED) {
            System.err.println("Property " + context.label() + " failed with seed "
                    + result.seed().or(() -> seed).orElse("(random)") + "; replay it with -D" + SEED_PROPERTY + "="
                    + result.seed().or(() -> seed).orElse("<seed>"));
        }
        return result;
    }
}
