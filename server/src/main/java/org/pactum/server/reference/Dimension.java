package org.pactum.server.reference;

/** Whether an observation is about one country or about an ordered pair (a corridor). */
public enum Dimension {
    COUNTRY, PAIR
}
