package org.pactum.server.allocation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import org.pactum.server.allocation.AllocationViews.HouseholdExplanation;
import org.pactum.server.allocation.AllocationViews.Placement;
import org.pactum.server.allocation.AllocationViews.Progress;
import org.pactum.server.allocation.AllocationViews.RunSummary;
import org.pactum.server.allocation.AllocationViews.ScoreAt;
import org.pactum.server.allocation.internal.CaseImport;
import org.pactum.server.allocation.internal.CaseRow;
import org.pactum.server.allocation.internal.DestinationRow;
import org.pactum.server.allocation.internal.Pseudonyms;
import org.pactum.server.allocation.internal.RunQueue;
import org.pactum.server.allocation.internal.RunRepository;
import org.pactum.server.allocation.internal.RunRow;
import org.pactum.server.allocation.internal.RunWorker;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.identity.CurrentMember;
import org.pactum.server.identity.Member;
import org.pactum.server.identity.Role;
import org.pactum.server.support.InvalidRequestException;
import org.pactum.server.support.NotFoundException;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Allocation runs for the people allowed to see them. An allocation officer acts for one party:
 * uploads its runs and reads their households; another party's runs do not exist for them (404).
 * Administrators see every run's summary and totals, never the households. Everyone else is refused.
 * Starting a run and every reading of household rows are audited.
 */
@Service
public class AllocationRuns {

    /** Where the scores of a run come from, until the outcome model predicts them. */
    public static final String SCORES_AS_UPLOADED = "scores given in the upload";

    private final RunRepository repository;
    private final CaseImport caseImport;
    private final RunQueue queue;
    private final RunWorker worker;
    private final CurrentMember currentMember;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final AllocationSettings settings;
    private final Pseudonyms pseudonyms;
    private final RunSummaries summaries;

    AllocationRuns(RunRepository repository, CaseImport caseImport, RunQueue queue, RunWorker worker, CurrentMember currentMember,
            AuditTrail audit, TransactionTemplate transactions, AllocationSettings settings, Pseudonyms pseudonyms,
            RunSummaries summaries) {
        this.repository = repository;
        this.caseImport = caseImport;
        this.queue = queue;
        this.worker = worker;
        this.currentMember = currentMember;
        this.audit = audit;
        this.transactions = transactions;
        this.settings = settings;
        this.pseudonyms = pseudonyms;
        this.summaries = summaries;
    }

    /**
     * Checks the upload, stores the run with its pseudonymised households and queues it.
     *
     * @throws InputRejected     with the full report when the files are invalid or the instance certainly infeasible (nothing stored)
     * @throws AllocationBusy    when every worker is busy and the queue is full (nothing stored)
     */
    public RunSummary start(RunRequest request, Upload upload) {
        Member officer = officer();
        String party = officer.partyId().orElseThrow();
        if (request.timeLimit().compareTo(settings.maxTimeLimit()) > 0 || request.timeLimit().toMillis() < 1000) {
            throw new InvalidRequestException("timeLimit",
                    "must be between 1 s and " + settings.maxTimeLimit().toSeconds() + " s");
        }
        if (!queue.hasRoom()) {
            throw new AllocationBusy();
        }
        CaseImport.Prepared prepared = caseImport.prepare(party, upload, request);
        long id = transactions.execute(status -> {
            long runId = repository.insert(new RunRepository.NewRun(party, officer.username(), Instant.now(), request.mode().name(),
                    request.timeLimit().toMillis(), request.ties().hard() ? "HARD" : "WEIGHTED", request.ties().hard() ? null : request.ties().bonus(),
                    request.mode() == AllocationMode.DYNAMIC ? request.weeks().orElse(Math.min(52, prepared.instance().households())) : null,
                    prepared.quotaSource(), SCORES_AS_UPLOADED, upload.destinationsName(), upload.householdsName()), prepared.instance(),
                    prepared.quotaNotes());
            audit.record("allocation.run.start", "allocation run " + runId, request.mode().code() + ": " + prepared.instance().households()
                    + " pseudonymised households, " + prepared.instance().destinations() + " destinations");
            return runId;
        });
        try {
            queue.submit(() -> worker.solve(id));
        } catch (RejectedExecutionException full) {
            transactions.executeWithoutResult(status -> repository.fail(id, "every worker was busy and the queue full; upload it again", Instant.now()));
            throw new AllocationBusy();
        }
        return summaries.of(repository.find(id).orElseThrow());
    }

    /** A run's summary and totals: its party's officers and administrators. */
    @Transactional(readOnly = true)
    public RunSummary run(long id) {
        return summaries.of(visibleRun(id, false));
    }

    @Transactional(readOnly = true)
    public Progress progress(long id) {
        RunSummary run = run(id);
        return new Progress(run.id(), run.status(), run.phase(), run.progressPercent(), run.elapsedSeconds(), run.timeLimitSeconds(),
                run.failure());
    }

    /** The runs the signed-in member may see, newest first: their party's for an officer, all for an administrator. */
    @Transactional(readOnly = true)
    public PageSlice<RunSummary> runs(PageRequest page) {
        Member member = reader();
        Optional<String> party = member.isAdmin() ? Optional.empty() : member.partyId();
        List<RunSummary> items = repository.list(party, page.size(), page.offset()).stream().map(r -> summaries.withoutTotals(r)).toList();
        return new PageSlice<>(items, page.page(), page.size(), repository.count(party));
    }

    /** A page of a completed run's placements, in the order of the upload: officers of the run's party only. Audited. */
    @Transactional
    public PageSlice<Placement> placements(long id, PageRequest page) {
        RunRow run = caseData(id);
        List<Placement> items = repository.cases(id, page.size(), page.offset()).stream()
                .map(c -> new Placement(c.row(), c.pseudonym(), c.persons(), c.tiedTo(), c.placedAt().orElse(""), c.placedScore().orElse(Double.NaN)))
                .toList();
        audit.record("allocation.read", "allocation run " + id, "placements page " + page.page() + " (" + items.size() + " households)");
        return new PageSlice<>(items, page.page(), page.size(), run.households());
    }

    /** One household's placement and explanation, by its row in the upload: officers of the run's party only. Audited. */
    @Transactional
    public HouseholdExplanation household(long id, int row) {
        caseData(id);
        CaseRow c = repository.caseAt(id, row).orElseThrow(() -> new NotFoundException("household", String.valueOf(row),
                "Run " + id + " has no household in row " + row));
        List<DestinationRow> destinations = repository.destinations(id);
        String[] cells = c.scores().split(",", -1);
        List<ScoreAt> scores = new ArrayList<>();
        for (int d = 0; d < destinations.size(); d++) {
            scores.add(new ScoreAt(destinations.get(d).destinationId(), cells[d].isEmpty() ? null : Double.valueOf(Float.parseFloat(cells[d]))));
        }
        audit.record("allocation.read", "allocation run " + id, "household in row " + row);
        return new HouseholdExplanation(id, c.row(), c.pseudonym(), c.persons(), RunSummaries.ints(c.needs()), c.tiedTo(), c.placedAt().orElse(""),
                c.placedScore().orElse(Double.NaN), c.bestAlternative(), c.alternativeScore(),
                c.binding().filter(b -> !b.isEmpty()).map(b -> List.of(b.split("\n"))).orElse(List.of()), scores);
    }

    /**
     * Finds a household of a completed run by its id in the officer's own file: the id is pseudonymised
     * as on import and looked up; it is neither stored nor written to the audit trail.
     */
    @Transactional
    public HouseholdExplanation find(long id, String householdId) {
        RunRow run = caseData(id);
        String wanted = householdId == null ? "" : householdId.strip();
        if (wanted.isEmpty() || wanted.length() > 200) {
            throw new InvalidRequestException("householdId", "must be the household's id as in the uploaded file (1 to 200 characters)");
        }
        int row = repository.rowOf(id, pseudonyms.of(run.partyId(), wanted))
                .orElseThrow(() -> new NotFoundException("household", "", "Run " + id + " has no household with this id"));
        return household(id, row);
    }

    /** Every placement of a completed run as CSV (row, pseudonym, persons, tied_to, destination, score). Audited. */
    @Transactional
    public String exportCsv(long id) {
        RunRow run = caseData(id);
        StringBuilder csv = new StringBuilder("row,pseudonym,persons,tied_to,destination,score\n");
        int pageSize = 5000;
        for (long offset = 0; offset < run.households(); offset += pageSize) {
            for (CaseRow c : repository.cases(id, pageSize, offset)) {
                csv.append(c.row()).append(',').append(c.pseudonym()).append(',').append(c.persons()).append(',')
                        .append(c.tiedTo().orElse("")).append(',').append(c.placedAt().orElse("")).append(',')
                        .append(c.placedScore().map(s -> Float.toString(s.floatValue())).orElse("")).append('\n');
            }
        }
        audit.record("allocation.export", "allocation run " + id, run.households() + " placements exported");
        return csv.toString();
    }

    /** Whether the signed-in member may upload runs. */
    public boolean isOfficer() {
        return currentMember.get().filter(m -> m.role() == Role.ALLOCATION_OFFICER && m.partyId().isPresent()).isPresent();
    }

    /** Whether the signed-in member may list runs (an officer or an administrator). */
    public boolean mayList() {
        return currentMember.get().filter(m -> m.isAdmin() || (m.role() == Role.ALLOCATION_OFFICER && m.partyId().isPresent())).isPresent();
    }

    private RunRow caseData(long id) {
        RunRow run = visibleRun(id, true);
        if (!run.status().equals("COMPLETED")) {
            throw new NotFoundException("placements", String.valueOf(id), "Run " + id + " is " + run.status().toLowerCase(java.util.Locale.ROOT)
                    + ": it has no placements" + (run.status().equals("FAILED") ? "" : " yet"));
        }
        if (run.casesDeletedAt().isPresent()) {
            throw new NotFoundException("placements", String.valueOf(id), "The households of run " + id + " were deleted on "
                    + run.casesDeletedAt().get() + " after the retention period; its totals remain");
        }
        return run;
    }

    private RunRow visibleRun(long id, boolean households) {
        Member member = reader();
        RunRow run = repository.find(id).filter(r -> member.isAdmin() || member.partyId().filter(r.partyId()::equals).isPresent())
                .orElseThrow(() -> new NotFoundException("allocation run", String.valueOf(id)));
        if (households && member.isAdmin()) {
            throw new AccessDeniedException("Administrators see run summaries; only the party's allocation officers read its households");
        }
        return run;
    }

    private Member reader() {
        return currentMember.get().filter(m -> m.isAdmin() || (m.role() == Role.ALLOCATION_OFFICER && m.partyId().isPresent()))
                .orElseThrow(() -> new AccessDeniedException("Only allocation officers and administrators see allocation runs"));
    }

    private Member officer() {
        return currentMember.get().filter(m -> m.role() == Role.ALLOCATION_OFFICER && m.partyId().isPresent())
                .orElseThrow(() -> new AccessDeniedException("Only allocation officers start allocation runs"));
    }
}
