package org.pactum.server.reference;

/** How often a series is observed. */
public enum Frequency {
    YEAR, QUARTER, MONTH
}
