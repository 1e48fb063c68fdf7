package org.pactum.server.allocation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import org.pactum.server.allocation.AllocationBusy;
import org.pactum.server.allocation.AllocationRuns;
import org.pactum.server.allocation.AllocationSettings;
import org.pactum.server.allocation.AllocationViews.RunSummary;
import org.pactum.server.allocation.InputRejected;
import org.pactum.server.fairshare.PoolService;
import org.pactum.server.support.InvalidRequestException;
import org.pactum.server.support.NotFoundException;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.pactum.server.support.UnprocessableException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The case allocation pages: what the capability does (for everyone), the upload form and the runs
 * of the party (for its allocation officers; administrators see every run's summary), a run's page
 * that refreshes itself until the run is done, its placements page by page, one household's
 * explanation, and the CSV export.
 */
@Controller
class AllocationPages {

    private final AllocationRuns runs;
    private final AllocationSettings settings;
    private final PoolService pools;

    AllocationPages(AllocationRuns runs, AllocationSettings settings, PoolService pools) {
        this.runs = runs;
        this.settings = settings;
        this.pools = pools;
    }

    @GetMapping("/allocation")
    String overview(@RequestParam(defaultValue = "0") int page, Model model) {
        return page(page, model);
    }

    private String page(int page, Model model) {
        boolean officer = runs.isOfficer();
        boolean mayList = runs.mayList();
        model.addAttribute("officer", officer);
        model.addAttribute("mayList", mayList);
        model.addAttribute("runs", mayList ? runs.runs(new PageRequest(page, 20)) : new PageSlice<RunSummary>(List.of(), 0, 20, 0));
        model.addAttribute("pools", officer ? pools.poolIds() : List.of());
        model.addAttribute("defaultTimeLimit", settings.defaultTimeLimit().toSeconds());
        model.addAttribute("maxTimeLimit", settings.maxTimeLimit().toSeconds());
        model.addAttribute("retentionDays", settings.retention().toDays());
        model.addAttribute("dates", new Dates());
        return "allocation/overview";
    }

    @PostMapping("/allocation/runs")
    String start(@RequestParam(required = false) MultipartFile destinations, @RequestParam(required = false) MultipartFile households,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String timeLimitSeconds,
            @RequestParam(required = false) String ties, @RequestParam(required = false) String tieBonus,
            @RequestParam(required = false) String weeks, @RequestParam(required = false) String pool,
            @RequestParam(required = false) String poolBasis, Model model, HttpServletResponse response) {
        try {
            RunSummary run = runs.start(RunForm.request(mode, timeLimitSeconds, ties, tieBonus, weeks, pool, poolBasis, settings),
                    RunForm.upload(destinations, households));
            return "redirect:/allocation/runs/" + run.id();
        } catch (InputRejected rejected) {
            response.setStatus(422);
            model.addAttribute("rejected", rejected);
        } catch (InvalidRequestException | UnprocessableException invalid) {
            response.setStatus(invalid instanceof InvalidRequestException ? 400 : 422);
            model.addAttribute("error", invalid.getMessage());
        } catch (AllocationBusy busy) {
            response.setStatus(429);
            model.addAttribute("error", busy.getMessage());
        }
        return page(0, model);
    }

    @GetMapping("/allocation/runs/{id}")
    String run(@PathVariable long id, Model model) {
        RunSummary run = runs.run(id);
        model.addAttribute("run", run);
        model.addAttribute("failureLines", run.failure().map(f -> List.of(f.split("\n"))).orElse(List.of()));
        model.addAttribute("mayReadHouseholds", runs.isOfficer() && run.completed() && run.casesDeletedAt().isEmpty());
        model.addAttribute("dates", new Dates());
        return "allocation/run";
    }

    @GetMapping("/allocation/runs/{id}/households")
    String households(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("run", runs.run(id));
        model.addAttribute("placements", runs.placements(id, new PageRequest(page, 50)));
        return "allocation/households";
    }

    @PostMapping("/allocation/runs/{id}/households/search")
    String search(@PathVariable long id, @RequestParam(required = false) String householdId, Model model, HttpServletResponse response) {
        try {
            return "redirect:/allocation/runs/" + id + "/households/" + runs.find(id, householdId).row();
        } catch (NotFoundException | InvalidRequestException notFound) {
            RunSummary run = runs.run(id);
            response.setStatus(notFound instanceof InvalidRequestException ? 400 : 404);
            model.addAttribute("run", run);
            model.addAttribute("placements", runs.placements(id, new PageRequest(0, 50)));
            model.addAttribute("notFound", true);
            return "allocation/households";
        }
    }

    @GetMapping("/allocation/runs/{id}/households/{row}")
    String household(@PathVariable long id, @PathVariable int row, Model model) {
        model.addAttribute("run", runs.run(id));
        model.addAttribute("household", runs.household(id, row));
        return "allocation/household";
    }

    @GetMapping("/allocation/runs/{id}/placements.csv")
    ResponseEntity<String> export(@PathVariable long id) {
        return AllocationApi.csv(runs.exportCsv(id), id);
    }

    /** Dates and times as the pages show them, in UTC. */
    static final class Dates {
        public String minute(Instant instant) {
            return instant.toString().substring(0, 16).replace('T', ' ') + " UTC";
        }
    }
}
