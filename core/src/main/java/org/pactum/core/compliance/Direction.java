package org.pactum.core.compliance;

/** Which way an indicator should move: more relocations is better, fewer days of waiting is better. */
public enum Direction {
    /** Higher values are better (places offered, returns accepted, visas issued). */
    INCREASE,
    /** Lower values are better (processing days, remittance costs, irregular crossings). */
    DECREASE
}
