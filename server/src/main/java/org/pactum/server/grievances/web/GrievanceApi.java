package org.pactum.server.grievances.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pactum.core.grievances.GrievanceCategory;
import org.pactum.server.grievances.GrievanceInbox;
import org.pactum.server.grievances.GrievanceIntake;
import org.pactum.server.grievances.GrievanceRequest;
import org.pactum.server.grievances.GrievanceStatistics;
import org.pactum.server.grievances.GrievanceStatistics.Statistics;
import org.pactum.server.grievances.GrievanceViews.Case;
import org.pactum.server.grievances.GrievanceViews.Filed;
import org.pactum.server.grievances.GrievanceViews.InboxItem;
import org.pactum.server.grievances.GrievanceViews.Tracked;
import org.pactum.server.grievances.StepRequest;
import org.pactum.server.grievances.internal.RateLimits;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.pactum.server.support.UnprocessableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The grievance channel as JSON: filing and following a complaint (anyone; the receipt code
 * travels in the body, never in an address), the officers' inbox, and the public statistics.
 */
@RestController
class GrievanceApi {

    private final GrievanceIntake intake;
    private final GrievanceInbox inbox;
    private final GrievanceStatistics statistics;
    private final RateLimits limits;

    GrievanceApi(GrievanceIntake intake, GrievanceInbox inbox, GrievanceStatistics statistics, RateLimits limits) {
        this.intake = intake;
        this.inbox = inbox;
        this.statistics = statistics;
        this.limits = limits;
    }

    record Category(String code, int responseDays) {
    }

    record Receipt(String code) {
    }

    record NoteRequest(String text) {
    }

    record StepTaken(long id, String status) {
    }

    @GetMapping("/api/v1/grievances/categories")
    List<Category> categories() {
        return Arrays.stream(GrievanceCategory.values()).map(c -> new Category(c.code(), c.responseDays())).toList();
    }

    @PostMapping("/api/v1/grievances")
    @ResponseStatus(HttpStatus.CREATED)
    Filed file(@RequestBody(required = false) GrievanceRequest request, HttpServletRequest http) {
        if (!limits.mayFile(http.getRemoteAddr())) {
            throw new TooManyRequests("complaints", 3600);
        }
        if (request == null) {
            throw new UnprocessableException("category", "required");
        }
        return intake.file(request);
    }

    /** Follows a complaint with its receipt code; an unknown or malformed code is "not found", nothing more. */
    @PostMapping("/api/v1/grievances/receipts")
    Tracked follow(@RequestBody(required = false) Receipt receipt, HttpServletRequest http) {
        if (!limits.mayLookUp(http.getRemoteAddr())) {
            throw new TooManyRequests("receipt lookups", 60);
        }
        return intake.follow(receipt == null ? null : receipt.code()).orElseThrow(ReceiptNotFound::new);
    }

    @GetMapping("/api/v1/grievances/statistics")
    Statistics statistics() {
        return statistics.current();
    }

    @GetMapping(value = "/api/v1/grievances/statistics.csv", produces = "text/csv")
    ResponseEntity<String> statisticsCsv() {
        return GrievanceCsv.of(statistics.current());
    }

    @GetMapping("/api/v1/grievances/inbox")
    PageSlice<InboxItem> inbox(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return inbox.inbox(Optional.ofNullable(status), new PageRequest(page, size));
    }

    @GetMapping("/api/v1/grievances/inbox/{id}")
    Case open(@PathVariable long id) {
        return inbox.open(id);
    }

    @PostMapping("/api/v1/grievances/inbox/{id}/steps")
    StepTaken step(@PathVariable long id, @RequestBody StepRequest request) {
        return new StepTaken(id, inbox.act(id, request).name());
    }

    @PostMapping("/api/v1/grievances/inbox/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    void note(@PathVariable long id, @RequestBody NoteRequest request) {
        inbox.note(id, request.text());
    }
}
