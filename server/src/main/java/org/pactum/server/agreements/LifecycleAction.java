package org.pactum.server.agreements;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The named acts that move an agreement through its life, as a client asks for them. Each maps to
 * one method of {@link Agreement} that guards its own rule.
 */
public sealed interface LifecycleAction {

    LocalDate on();

    /** The name used in URLs and the history, e.g. {@code enter-into-force}. */
    String name();

    record ConcludeNegotiation(LocalDate on) implements LifecycleAction {
        public String name() { return "conclude-negotiation"; }
    }

    record Sign(LocalDate on) implements LifecycleAction {
        public String name() { return "sign"; }
    }

    record EnterIntoForce(LocalDate on) implements LifecycleAction {
        public String name() { return "enter-into-force"; }
    }

    record OpenReview(LocalDate on, String reason) implements LifecycleAction {
        public String name() { return "open-review"; }
    }

    record ConcludeReview(LocalDate on) implements LifecycleAction {
        public String name() { return "conclude-review"; }
    }

    record Suspend(LocalDate on, String reason) implements LifecycleAction {
        public String name() { return "suspend"; }
    }

    record Resume(LocalDate on) implements LifecycleAction {
        public String name() { return "resume"; }
    }

    record Terminate(LocalDate on, String reason) implements LifecycleAction {
        public String name() { return "terminate"; }
    }

    record Expire(LocalDate on) implements LifecycleAction {
        public String name() { return "expire"; }
    }

    /** Reads an action by its name; the reason is kept where the act takes one. */
    static LifecycleAction of(String name, LocalDate on, String reason) {
        Objects.requireNonNull(on, "date");
        String why = reason == null ? "" : reason.strip();
        return switch (name) {
            case "conclude-negotiation" -> new ConcludeNegotiation(on);
            case "sign" -> new Sign(on);
            case "enter-into-force" -> new EnterIntoForce(on);
            case "open-review" -> new OpenReview(on, why);
            case "conclude-review" -> new ConcludeReview(on);
            case "suspend" -> new Suspend(on, why);
            case "resume" -> new Resume(on);
            case "terminate" -> new Terminate(on, why);
            case "expire" -> new Expire(on);
            default -> throw new IllegalArgumentException("No lifecycle action named '" + name + "'");
        };
    }
}
