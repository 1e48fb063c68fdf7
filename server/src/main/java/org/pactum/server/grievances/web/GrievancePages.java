package org.pactum.server.grievances.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pactum.core.grievances.GrievanceCategory;
import org.pactum.core.grievances.GrievanceStatus;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementQuery;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.grievances.GrievanceInbox;
import org.pactum.server.grievances.GrievanceIntake;
import org.pactum.server.grievances.GrievanceRequest;
import org.pactum.server.grievances.GrievanceStatistics;
import org.pactum.server.grievances.GrievanceViews.Filed;
import org.pactum.server.grievances.StepRequest;
import org.pactum.server.grievances.internal.RateLimits;
import org.pactum.server.identity.PartyDirectory;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.RuleViolationException;
import org.pactum.server.support.UnprocessableException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The grievance pages in English, French, Spanish and Arabic (right to left): the complaint form,
 * the receipt, following a complaint with its code, the public statistics, and the officers'
 * inbox and case pages. Everything the complainant wrote is shown escaped, never as markup.
 */
@Controller
class GrievancePages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final GrievanceIntake intake;
    private final GrievanceInbox inbox;
    private final GrievanceStatistics statistics;
    private final RateLimits limits;
    private final AgreementRegister agreements;
    private final PartyDirectory parties;

    GrievancePages(GrievanceIntake intake, GrievanceInbox inbox, GrievanceStatistics statistics, RateLimits limits,
            AgreementRegister agreements, PartyDirectory parties) {
        this.intake = intake;
        this.inbox = inbox;
        this.statistics = statistics;
        this.limits = limits;
        this.agreements = agreements;
        this.parties = parties;
    }

    /** Dates as the pages print them, in UTC. */
    public static final class Dates {
        public String day(Instant instant) {
            return DAY.format(instant);
        }

        public String minute(Instant instant) {
            return MINUTE.format(instant);
        }
    }

    @GetMapping("/grievances")
    String form(@RequestParam(required = false) String agreement, Model model, Locale locale) {
        GrievanceRequest blank = new GrievanceRequest("", "", published(agreement).orElse(""), "", "", "", language(locale));
        return form(model, blank, locale);
    }

    @PostMapping("/grievances")
    String file(@RequestParam(required = false) String category, @RequestParam(required = false) String place,
            @RequestParam(required = false) String agreement, @RequestParam(required = false) String party,
            @RequestParam(required = false) String description, @RequestParam(required = false) String contact, Model model,
            Locale locale, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        GrievanceRequest filing = new GrievanceRequest(category, place, agreement, party, description, contact, language(locale));
        if (!limits.mayFile(request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("errorField", "rate");
            return form(model, filing, locale);
        }
        try {
            Filed filed = intake.file(filing);
            redirect.addFlashAttribute("filed", filed);
            return "redirect:/grievances/filed";
        } catch (UnprocessableException e) {
            response.setStatus(422);
            model.addAttribute("errorField", e.field());
            return form(model, filing, locale);
        }
    }

    @GetMapping("/grievances/filed")
    String filed(Model model, Locale locale) {
        if (!model.containsAttribute("filed")) {
            return "redirect:/grievances";
        }
        page(model, locale);
        return "grievances/filed";
    }

    @GetMapping("/grievances/track")
    String trackForm(Model model, Locale locale) {
        page(model, locale);
        return "grievances/track";
    }

    /** The code is posted, never put in an address, so that it stays out of histories and logs. */
    @PostMapping("/grievances/track")
    String track(@RequestParam(required = false) String code, Model model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        page(model, locale);
        if (!limits.mayLookUp(request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("errorField", "rate");
            return "grievances/track";
        }
        intake.follow(code).ifPresentOrElse(tracked -> model.addAttribute("tracked", tracked), () -> {
            response.setStatus(404);
            model.addAttribute("errorField", "code");
        });
        return "grievances/track";
    }

    @GetMapping("/grievances/statistics")
    String statistics(Model model, Locale locale) {
        page(model, locale);
        model.addAttribute("statistics", statistics.current());
        return "grievances/statistics";
    }

    @GetMapping("/grievances/statistics.csv")
    ResponseEntity<String> statisticsCsv() {
        return GrievanceCsv.of(statistics.current());
    }

    @GetMapping("/grievances/inbox")
    String inbox(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        page(model, locale);
        model.addAttribute("items", inbox.inbox(Optional.ofNullable(status), new PageRequest(page, 50)));
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("statuses", GrievanceStatus.values());
        return "grievances/inbox";
    }

    @GetMapping("/grievances/inbox/{id}")
    String open(@PathVariable long id, Model model, Locale locale) {
        page(model, locale);
        model.addAttribute("case", inbox.open(id));
        model.addAttribute("parties", parties.parties());
        return "grievances/case";
    }

    @PostMapping("/grievances/inbox/{id}/steps")
    String step(@PathVariable long id, @RequestParam(required = false) String step, @RequestParam(required = false) String party,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            GrievanceStatus status = inbox.act(id, new StepRequest(step, party, unit, text, text));
            redirect.addFlashAttribute("notice", status.name());
            if (status == GrievanceStatus.REFERRED) {
                return "redirect:/grievances/inbox";
            }
        } catch (UnprocessableException e) {
            redirect.addFlashAttribute("error", e.field() + ": " + e.getMessage());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/grievances/inbox/" + id;
    }

    @PostMapping("/grievances/inbox/{id}/notes")
    String note(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            inbox.note(id, text);
        } catch (UnprocessableException e) {
            redirect.addFlashAttribute("error", e.field() + ": " + e.getMessage());
        }
        return "redirect:/grievances/inbox/" + id;
    }

    private String form(Model model, GrievanceRequest filing, Locale locale) {
        page(model, locale);
        model.addAttribute("filing", filing);
        model.addAttribute("categories", Arrays.asList(GrievanceCategory.values()));
        model.addAttribute("agreements", agreements.search(AgreementQuery.all()).stream().filter(Agreement::published).toList());
        model.addAttribute("parties", parties.parties());
        model.addAttribute("maxDescription", GrievanceIntake.MAX_DESCRIPTION);
        return "grievances/form";
    }

    private void page(Model model, Locale locale) {
        model.addAttribute("dates", new Dates());
        model.addAttribute("languages", GrievanceIntake.LANGUAGES);
        model.addAttribute("rtl", "ar".equals(locale.getLanguage()));
        model.addAttribute("officer", inbox.isOfficer());
    }

    private Optional<String> published(String agreement) {
        if (agreement == null || agreement.isBlank() || agreement.length() > 40) {
            return Optional.empty();
        }
        return agreements.find(agreement).filter(Agreement::published).map(Agreement::id);
    }

    private static String language(Locale locale) {
        return GrievanceIntake.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    }
}
