package org.pactum.server.warning;

/** What a surge rule watches. */
public enum SurgeRuleKind {
    /** The upper bound of the 80 % interval of any month of the horizon above a number of arrivals. */
    UPPER_BOUND,
    /** The forecast arrivals of the horizon (up to a year) above the same months a year before by more than a percentage. */
    YEAR_ON_YEAR
}
