package org.pactum.core.grievances;

/** Where a complaint stands. RESOLVED and REJECTED are final. */
public enum GrievanceStatus {
    /** Filed and waiting for an officer to look at it. */
    RECEIVED,
    /** An officer is establishing the facts. */
    UNDER_REVIEW,
    /** Passed to the unit of a party responsible for the matter. */
    REFERRED,
    /** Answered: the response tells the complainant what was done. */
    RESOLVED,
    /** Not taken up, with a reason the complainant can read. */
    REJECTED;

    public boolean isClosed() {
        return this == RESOLVED || this == REJECTED;
    }
}
