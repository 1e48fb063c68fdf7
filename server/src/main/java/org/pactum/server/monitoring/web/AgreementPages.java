package org.pactum.server.monitoring.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pactum.core.compliance.ComplianceStatus;
import org.pactum.core.compliance.Verification;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementQuery;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.agreements.AgreementStatus;
import org.pactum.server.agreements.Clause;
import org.pactum.server.agreements.LifecycleAction;
import org.pactum.server.agreements.SharedDictionary;
import org.pactum.server.identity.PartyDirectory;
import org.pactum.server.monitoring.MonitoredIndicator;
import org.pactum.server.monitoring.ComplianceReview;
import org.pactum.server.monitoring.Monitoring;
import org.pactum.server.monitoring.PeriodCompliance;
import org.pactum.server.monitoring.Report;
import org.pactum.server.monitoring.ReportRequest;
import org.pactum.server.monitoring.internal.MonitoringRepository;
import org.pactum.server.reference.ReferenceCatalog;
import org.pactum.server.register.RecordInRegister;
import org.pactum.server.register.RegisterLog;
import org.pactum.server.support.RuleViolationException;
import org.pactum.server.support.UnprocessableException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register list, the agreement page (parties, clause timeline, commitments, indicators with
 * target-against-actual charts and compliance lights, history), the report and verify forms and
 * the monitoring dashboard. The agreement page lives here, downstream of the register, because it
 * shows both modules; the public sees the same page, read-only, for published agreements.
 */
@Controller
class AgreementPages {

    private final AgreementRegister register;
    private final Monitoring monitoring;
    private final ComplianceReview compliance;
    private final MonitoringRepository repository;
    private final SharedDictionary dictionary;
    private final PartyDirectory parties;
    private final ReferenceCatalog reference;
    private final RegisterLog publicRegister;

    AgreementPages(AgreementRegister register, Monitoring monitoring, ComplianceReview compliance, MonitoringRepository repository,
            SharedDictionary dictionary, PartyDirectory parties, ReferenceCatalog reference, RegisterLog publicRegister) {
        this.register = register;
        this.monitoring = monitoring;
        this.compliance = compliance;
        this.repository = repository;
        this.dictionary = dictionary;
        this.parties = parties;
        this.reference = reference;
        this.publicRegister = publicRegister;
    }

    /** An indicator as the page shows it: definition, light, periods, history and chart data. */
    record IndicatorView(MonitoredIndicator indicator, String label, ComplianceStatus light, List<PeriodCompliance> periods,
            List<Report> history, String chartJson) {
    }

    record TimelineItem(java.time.LocalDate date, String kind, String title, boolean clause) {
    }

    @GetMapping("/agreements")
    String list(@RequestParam Optional<String> q, @RequestParam Optional<String> party, @RequestParam Optional<String> type,
            @RequestParam Optional<String> status, @RequestParam Optional<String> region, Model model) {
        Optional<AgreementStatus> wanted = status.filter(s -> !s.isBlank()).flatMap(s -> {
            try {
                return Optional.of(AgreementStatus.valueOf(s));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
        List<Agreement> agreements = register.search(new AgreementQuery(party, type, wanted, region, q));
        model.addAttribute("agreements", agreements);
        model.addAttribute("lights", agreements.stream().collect(Collectors.toMap(Agreement::id, a -> compliance.overall(a.id()))));
        model.addAttribute("q", q.orElse(""));
        model.addAttribute("party", party.orElse(""));
        model.addAttribute("type", type.orElse(""));
        model.addAttribute("status", status.orElse(""));
        model.addAttribute("region", region.orElse(""));
        model.addAttribute("parties", parties.parties());
        model.addAttribute("types", dictionary.list("agreement-type"));
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("regions", reference.countries().stream().map(c -> c.region()).filter(r -> !r.isBlank())
                .distinct().sorted().toList());
        return "agreements/list";
    }

    @GetMapping("/agreements/{id}")
    String agreement(@PathVariable String id, Model model) {
        Agreement agreement = register.require(id);
        Map<Long, ComplianceStatus> lights = compliance.currentLights(id);
        Map<Long, List<PeriodCompliance>> periods = compliance.compliance(id).stream()
                .collect(Collectors.groupingBy(PeriodCompliance::indicatorId));
        List<IndicatorView> indicators = new ArrayList<>();
        for (MonitoredIndicator indicator : monitoring.indicators(id)) {
            List<PeriodCompliance> rows = periods.getOrDefault(indicator.id(), List.of());
            String label = dictionary.entry("indicator", indicator.indicatorCode()).map(e -> e.label()).orElse(indicator.indicatorCode());
            indicators.add(new IndicatorView(indicator, label, lights.get(indicator.id()), rows,
                    monitoring.reports(id, indicator.id()), chartJson(rows)));
        }
        List<TimelineItem> timeline = new ArrayList<>();
        agreement.signedOn().ifPresent(d -> timeline.add(new TimelineItem(d, "signature", "", false)));
        agreement.inForceOn().ifPresent(d -> timeline.add(new TimelineItem(d, "entry-into-force", "", false)));
        for (Clause clause : agreement.terms().clauses()) {
            clause.dueOn().ifPresent(d -> timeline.add(new TimelineItem(d, clause.kind().name(), clause.title(), true)));
        }
        timeline.add(new TimelineItem(agreement.terms().endsOn(), "sunset", "", false));
        timeline.sort(java.util.Comparator.comparing(TimelineItem::date));
        model.addAttribute("agreement", agreement);
        model.addAttribute("overall", compliance.overall(id));
        model.addAttribute("indicators", indicators);
        model.addAttribute("timeline", timeline);
        model.addAttribute("history", register.history(id));
        model.addAttribute("alerts", repository.alerts(id));
        model.addAttribute("mayChange", register.mayChange(agreement));
        List<String> subjects = new ArrayList<>();
        subjects.add(agreement.registerSubject());
        indicators.forEach(iv -> iv.history().forEach(r -> subjects.add(r.registerSubject())));
        Map<String, RecordInRegister> inRegister = publicRegister.inRegister(subjects);
        model.addAttribute("inRegister", inRegister.get(agreement.registerSubject()));
        model.addAttribute("reportsInRegister", inRegister);
        return "agreements/agreement";
    }

    /** A named act of the agreement's life, from the form on the agreement page (its parties only). */
    @PostMapping("/agreements/{id}/act")
    String act(@PathVariable String id, @RequestParam String action, @RequestParam String on,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            if (action.equals("publish")) {
                register.publish(id);
            } else {
                register.act(id, LifecycleAction.of(action, java.time.LocalDate.parse(on), reason));
            }
            redirect.addFlashAttribute("notice", "acted");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.rule() + ": " + e.getMessage());
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/agreements/" + id;
    }

    @GetMapping("/agreements/{id}/indicators/{indicatorId}/report")
    String reportForm(@PathVariable String id, @PathVariable long indicatorId, Model model) {
        model.addAttribute("agreement", register.require(id));
        model.addAttribute("indicator", monitoring.indicator(id, indicatorId));
        return "agreements/report";
    }

    @PostMapping("/agreements/{id}/indicators/{indicatorId}/report")
    String report(@PathVariable String id, @PathVariable long indicatorId, @RequestParam String period,
            @RequestParam String value, @RequestParam String unit, @RequestParam String source,
            @RequestParam(defaultValue = "") String documents, @RequestParam(defaultValue = "") String note, Model model,
            RedirectAttributes redirect) {
        try {
            monitoring.report(id, indicatorId, new ReportRequest(period, new BigDecimal(value.strip()), unit, source, documents, note));
        } catch (UnprocessableException | RuleViolationException | IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            return reportForm(id, indicatorId, model);
        }
        redirect.addFlashAttribute("notice", "reported");
        return "redirect:/agreements/" + id;
    }

    @GetMapping("/agreements/{id}/reports/{reportId}/verify")
    String verifyForm(@PathVariable String id, @PathVariable long reportId, Model model) {
        Report report = repository.report(reportId).orElseThrow(() -> new org.pactum.server.support.NotFoundException("report",
                String.valueOf(reportId)));
        model.addAttribute("agreement", register.require(id));
        model.addAttribute("indicator", monitoring.indicator(id, report.indicatorId()));
        model.addAttribute("report", report);
        model.addAttribute("inRegister", publicRegister.inRegister(report.registerSubject()));
        return "agreements/verify";
    }

    @PostMapping("/agreements/{id}/reports/{reportId}/verify")
    String verify(@PathVariable String id, @PathVariable long reportId, @RequestParam String state,
            @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        try {
            monitoring.verify(id, reportId, Verification.valueOf(state), reason);
        } catch (UnprocessableException | RuleViolationException | IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            return verifyForm(id, reportId, model);
        }
        redirect.addFlashAttribute("notice", "verified");
        return "redirect:/agreements/" + id;
    }

    @GetMapping("/monitoring")
    String dashboard(@RequestParam Optional<String> party, Model model) {
        List<Agreement> visible = register.search(new AgreementQuery(party, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        java.util.Set<String> ids = visible.stream().map(Agreement::id).collect(Collectors.toSet());
        model.addAttribute("agreements", visible);
        model.addAttribute("lights", visible.stream().collect(Collectors.toMap(Agreement::id, a -> compliance.overall(a.id()))));
        model.addAttribute("alerts", repository.alerts(200).stream().filter(a -> ids.contains(a.agreementId())).toList());
        List<Map.Entry<String, Report>> pending = new ArrayList<>();
        for (Report report : monitoring.pendingVerification()) {
            monitoring.agreementOfReport(report.id()).filter(ids::contains).ifPresent(a -> pending.add(Map.entry(a, report)));
        }
        model.addAttribute("pending", pending);
        model.addAttribute("party", party.orElse(""));
        model.addAttribute("parties", parties.parties());
        return "agreements/dashboard";
    }

    private static String chartJson(List<PeriodCompliance> rows) {
        return rows.stream().map(r -> "{\"period\":\"" + r.period() + "\",\"target\":" + r.target().toPlainString()
                        + ",\"actual\":" + r.actual().map(BigDecimal::toPlainString).orElse("null") + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

}
