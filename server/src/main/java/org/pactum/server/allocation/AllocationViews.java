package org.pactum.server.allocation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the pages and the API show of allocation runs. */
public final class AllocationViews {

    private AllocationViews() {
    }

    /**
     * A run as anyone allowed to see it reads it: settings, status and progress, and once complete the
     * objective (sum of the chosen scores, plus tie bonuses), the proven upper bound, the LP bound where
     * the exact solver computed it, the gap, whether optimality was proven, and the totals per destination.
     * {@code casesDeletedAt} says when household rows were deleted after the retention period.
     */
    public record RunSummary(long id, String party, String createdBy, Instant createdAt, String mode, String status, String phase,
            int progressPercent, long elapsedSeconds, long timeLimitSeconds, String ties, Optional<Double> tieBonus, Optional<Integer> weeks,
            String quotaSource, String scoreSource, Optional<String> outcomeModel, List<String> dimensions, int households, long persons,
            int destinationCount, Optional<String> method, Optional<Double> objective, Optional<Double> upperBound,
            Optional<Double> lpBound, Optional<Double> gap, Optional<Boolean> provenOptimal, Optional<Long> solveMillis,
            Optional<String> failure, Optional<Instant> finishedAt, Optional<Instant> casesDeletedAt, List<DestinationTotal> destinations) {

        public boolean finished() {
            return status.equals("COMPLETED") || status.equals("FAILED");
        }

        public boolean completed() {
            return status.equals("COMPLETED");
        }
    }

    /** A destination of a run as given, and once the run is complete what was placed there. */
    public record DestinationTotal(String destination, int capacity, int minimum, int maximum, List<Integer> services,
            Optional<String> quotaNote, Optional<Integer> households, Optional<Long> persons, List<Integer> servicesUsed,
            Optional<Double> scoreSum) {
    }

    /** Where a run stands, for a page or a client that polls. */
    public record Progress(long id, String status, String phase, int percent, long elapsedSeconds, long timeLimitSeconds,
            Optional<String> failure) {
    }

    /** One household's placement: its row in the upload, its pseudonym, size, destination and score there. */
    public record Placement(int row, String pseudonym, int persons, Optional<String> tiedTo, String destination, double score) {
    }

    /**
     * Why a household goes where it goes: its score at the chosen destination against its best
     * alternative, and what stood in the way there (room, a service, its own destination's quota
     * minimum); with its score at every destination ({@code null} where it may not go).
     */
    public record HouseholdExplanation(long run, int row, String pseudonym, int persons, List<Integer> needs, Optional<String> tiedTo,
            String destination, double score, Optional<String> bestAlternative, Optional<Double> alternativeScore,
            List<String> binding, List<ScoreAt> scores) {
    }

    public record ScoreAt(String destination, Double score) {
    }
}
