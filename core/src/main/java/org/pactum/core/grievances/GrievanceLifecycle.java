package org.pactum.core.grievances;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The steps a complaint may take. A received complaint is taken up, referred at once or
 * rejected; one under review is referred, resolved or rejected; a referred one comes back for
 * review or is resolved or rejected. Resolved and rejected complaints are closed for good: a new
 * fact is a new complaint.
 */
public final class GrievanceLifecycle {

    private static final Map<GrievanceStatus, Set<GrievanceStatus>> ALLOWED = Map.of(
            GrievanceStatus.RECEIVED, EnumSet.of(GrievanceStatus.UNDER_REVIEW, GrievanceStatus.REFERRED, GrievanceStatus.REJECTED),
            GrievanceStatus.UNDER_REVIEW, EnumSet.of(GrievanceStatus.REFERRED, GrievanceStatus.RESOLVED, GrievanceStatus.REJECTED),
            GrievanceStatus.REFERRED, EnumSet.of(GrievanceStatus.UNDER_REVIEW, GrievanceStatus.RESOLVED, GrievanceStatus.REJECTED),
            GrievanceStatus.RESOLVED, EnumSet.noneOf(GrievanceStatus.class),
            GrievanceStatus.REJECTED, EnumSet.noneOf(GrievanceStatus.class));

    private GrievanceLifecycle() {
    }

    /** Whether a complaint in status {@code from} may take this step. */
    public static boolean allows(GrievanceStatus from, Transition transition) {
        return ALLOWED.get(from).contains(transition.target());
    }

    /**
     * The status after the step.
     *
     * @throws IllegalStateException naming both statuses when the step is not allowed
     */
    public static GrievanceStatus next(GrievanceStatus from, Transition transition) {
        if (!allows(from, transition)) {
            throw new IllegalStateException("a " + from.name().toLowerCase() + " complaint cannot become "
                    + transition.target().name().toLowerCase() + (from.isClosed() ? " (it is closed)" : ""));
        }
        return transition.target();
    }

    /** Whether an open complaint has passed its deadline and must be escalated. */
    public static boolean overdue(GrievanceStatus status, Instant deadline, Instant now) {
        return !status.isClosed() && now.isAfter(deadline);
    }
}
