package org.pactum.server.agreements;

/** How a commitment stands. */
public enum CommitmentStatus {
    PLANNED, ACTIVE, FULFILLED, BREACHED, WITHDRAWN
}
