package org.pactum.server.allocation;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.pactum.server.allocation.AllocationViews.DestinationTotal;
import org.pactum.server.allocation.AllocationViews.RunSummary;
import org.pactum.server.allocation.internal.RunRepository;
import org.pactum.server.allocation.internal.RunRow;
import org.springframework.stereotype.Component;

/** A stored run as its readers see it: settings, status, progress, outcome and totals per destination. */
@Component
class RunSummaries {

    private final RunRepository repository;

    RunSummaries(RunRepository repository) {
        this.repository = repository;
    }

    RunSummary of(RunRow r) {
        List<DestinationTotal> totals = repository.destinations(r.id()).stream().map(d -> new DestinationTotal(d.destinationId(), d.capacity(),
                d.minimum(), d.maximum(), ints(d.services()), d.quotaNote(), d.placedHouseholds(), d.placedPersons(),
                d.servicesUsed().map(RunSummaries::ints).orElse(List.of()), d.scoreSum())).toList();
        return summary(r, totals);
    }

    RunSummary withoutTotals(RunRow r) {
        return summary(r, List.of());
    }

    private RunSummary summary(RunRow r, List<DestinationTotal> totals) {
        Instant now = Instant.now();
        long elapsed = r.startedAt().map(s -> Duration.between(s, r.finishedAt().orElse(now)).toSeconds()).orElse(0L);
        long limit = Duration.ofMillis(r.timeLimitMillis()).toSeconds();
        return new RunSummary(r.id(), r.partyId(), r.createdBy(), r.createdAt(), AllocationMode.valueOf(r.mode()).code(), r.status(), r.phase(),
                percent(r, now), Math.max(0, elapsed), limit, r.tiePolicy().toLowerCase(java.util.Locale.ROOT), r.tieBonus(), r.weeks(), r.quotaSource(), r.scoreSource(),
                r.outcomeModel(), r.dimensions().isEmpty() ? List.of() : List.of(r.dimensions().split(",")), r.households(), r.persons(),
                r.destinations(), r.method(), r.objective(), r.upperBound(), r.lpBound(), r.gap(), r.provenOptimal(), r.solveMillis(), r.failure(),
                r.finishedAt(), r.casesDeletedAt(), totals);
    }

    /** Finished 100; queued 0; while solving, the share of the time limit used (the solver stops at it), then explaining and storing. */
    private static int percent(RunRow r, Instant now) {
        return switch (r.phase()) {
            case "done", "failed" -> 100;
            case "queued" -> 0;
            case "explaining" -> 92;
            case "storing" -> 96;
            default -> {
                long elapsed = r.startedAt().map(s -> Duration.between(s, now).toMillis()).orElse(0L);
                yield 5 + (int) Math.min(85, 85 * elapsed / Math.max(1, r.timeLimitMillis()));
            }
        };
    }

    static List<Integer> ints(String counts) {
        return counts.isEmpty() ? List.of() : Arrays.stream(counts.split(",")).map(Integer::valueOf).toList();
    }
}
