package org.pactum.server.agreements;

/** The kinds of clause Pactum watches. */
public enum ClauseKind {
    /** A dated review (mid-term or final), announced ahead. */
    REVIEW,
    /** When a verified figure crosses a threshold, the parties reopen the terms. */
    RENEGOTIATION_TRIGGER,
    /** When a verified figure crosses a threshold, the agreement is suspended. */
    SUSPENSION_RULE,
    /** When arrivals cross a threshold, extra capacity commitments become due. */
    SURGE;

    public boolean triggered() {
        return this != REVIEW;
    }
}
