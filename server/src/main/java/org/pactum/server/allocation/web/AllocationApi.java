package org.pactum.server.allocation.web;

import java.net.URI;
import org.pactum.server.allocation.AllocationRuns;
import org.pactum.server.allocation.AllocationSettings;
import org.pactum.server.allocation.AllocationViews.HouseholdExplanation;
import org.pactum.server.allocation.AllocationViews.Placement;
import org.pactum.server.allocation.AllocationViews.Progress;
import org.pactum.server.allocation.AllocationViews.RunSummary;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Case allocation as JSON: start a run from two CSV uploads (202, then poll its progress), read its
 * summary and totals, page through its placements, read one household's explanation, export the
 * placements as CSV. Bad files are 422 with the full report and nothing stored.
 */
@RestController
class AllocationApi {

    private final AllocationRuns runs;
    private final AllocationSettings settings;

    AllocationApi(AllocationRuns runs, AllocationSettings settings) {
        this.runs = runs;
        this.settings = settings;
    }

    @PostMapping(value = "/api/v1/allocation/runs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RunSummary> start(@RequestParam(required = false) MultipartFile destinations,
            @RequestParam(required = false) MultipartFile households, @RequestParam(required = false) String mode,
            @RequestParam(required = false) String timeLimitSeconds, @RequestParam(required = false) String ties,
            @RequestParam(required = false) String tieBonus, @RequestParam(required = false) String weeks,
            @RequestParam(required = false) String pool, @RequestParam(required = false) String poolBasis) {
        RunSummary run = runs.start(RunForm.request(mode, timeLimitSeconds, ties, tieBonus, weeks, pool, poolBasis, settings),
                RunForm.upload(destinations, households));
        return ResponseEntity.accepted().location(URI.create("/api/v1/allocation/runs/" + run.id())).body(run);
    }

    @GetMapping("/api/v1/allocation/runs")
    PageSlice<RunSummary> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return runs.runs(new PageRequest(page, size));
    }

    @GetMapping("/api/v1/allocation/runs/{id}")
    RunSummary run(@PathVariable long id) {
        return runs.run(id);
    }

    @GetMapping("/api/v1/allocation/runs/{id}/progress")
    Progress progress(@PathVariable long id) {
        return runs.progress(id);
    }

    @GetMapping("/api/v1/allocation/runs/{id}/placements")
    PageSlice<Placement> placements(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return runs.placements(id, new PageRequest(page, size));
    }

    @GetMapping("/api/v1/allocation/runs/{id}/households/{row}")
    HouseholdExplanation household(@PathVariable long id, @PathVariable int row) {
        return runs.household(id, row);
    }

    record HouseholdSearch(String householdId) {
    }

    /** A household by its id in the uploaded file (in the body, never in an address that logs might keep). */
    @PostMapping("/api/v1/allocation/runs/{id}/households/search")
    HouseholdExplanation search(@PathVariable long id, @RequestBody(required = false) HouseholdSearch search) {
        return runs.find(id, search == null ? null : search.householdId());
    }

    @GetMapping(value = "/api/v1/allocation/runs/{id}/placements.csv", produces = "text/csv")
    ResponseEntity<String> export(@PathVariable long id) {
        return csv(runs.exportCsv(id), id);
    }

    static ResponseEntity<String> csv(String body, long id) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"allocation-run-" + id + "-placements.csv\"").body(body);
    }
}
