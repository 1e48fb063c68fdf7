package org.pactum.server.portal;

import java.util.List;

/**
 * The capabilities of Pactum, in the order of the navigation. Each has a path and a message
 * key; {@code built} says whether its pages exist yet.
 */
public enum Capability {
    REFERENCE("/countries", "reference", true),
    FAIR_SHARES("/fair-shares", "fairshares", true),
    AGREEMENTS("/agreements", "agreements", true),
    MONITORING("/monitoring", "monitoring", true),
    FINANCE("/finance", "finance", true),
    REGISTER("/register", "register", true),
    ALLOCATION("/allocation", "allocation", true),
    EARLY_WARNING("/early-warning", "warning", true),
    CORRIDORS("/corridors", "corridors", true),
    GRIEVANCES("/grievances", "grievances", true);

    private final String path;
    private final String key;
    private final boolean built;

    Capability(String path, String key, boolean built) {
        this.path = path;
        this.key = key;
        this.built = built;
    }

    public String path() {
        return path;
    }

    /** The message key stem: {@code nav.<key>} for its name, {@code capability.<key>.summary} for what it does. */
    public String key() {
        return key;
    }

    public boolean built() {
        return built;
    }

    public static List<Capability> notBuilt() {
        return java.util.Arrays.stream(values()).filter(c -> !c.built).toList();
    }
}
