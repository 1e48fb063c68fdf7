package org.pactum.server.fairshare.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pactum.server.fairshare.FairShareRejected;
import org.pactum.server.fairshare.PledgeCommand;
import org.pactum.server.fairshare.PoolService;
import org.pactum.server.fairshare.PoolView;
import org.pactum.server.identity.CurrentMember;
import org.pactum.server.identity.Member;
import org.pactum.server.register.RecordInRegister;
import org.pactum.server.register.RegisterLog;
import org.pactum.server.support.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pool pages: needs, indicative contributions, pledges, gaps and thresholds; a pledge form; downloads. */
@Controller
class PoolPages {

    private final PoolService pools;
    private final CurrentMember currentMember;
    private final tools.jackson.databind.json.JsonMapper json;
    private final RegisterLog publicRegister;

    PoolPages(PoolService pools, CurrentMember currentMember, tools.jackson.databind.json.JsonMapper json,
            RegisterLog publicRegister) {
        this.pools = pools;
        this.currentMember = currentMember;
        this.json = json;
        this.publicRegister = publicRegister;
    }

    @GetMapping("/pools")
    String list(Model model) {
        model.addAttribute("pools", pools.poolIds().stream().map(pools::pool).flatMap(java.util.Optional::stream).toList());
        return "fairshare/pools";
    }

    @GetMapping("/pools/{id}")
    String pool(@PathVariable String id, Model model) {
        fill(model, pools.pool(id).orElseThrow(() -> new NotFoundException("pool", id)));
        return "fairshare/pool";
    }

    @PostMapping("/pools/{id}/pledges")
    String pledge(@PathVariable String id, @RequestParam String state, @RequestParam(defaultValue = "0") long relocations,
            @RequestParam(defaultValue = "") String financial, @RequestParam(defaultValue = "") String alternativeMeasures,
            Model model, HttpServletResponse response) {
        try {
            pools.pledge(id, state, new PledgeCommand(relocations, financial, alternativeMeasures, "EUR"));
            return "redirect:/pools/" + id + "?pledged=" + state;
        } catch (FairShareRejected e) {
            response.setStatus(422);
            model.addAttribute("problems", e.problems());
        }
        fill(model, pools.pool(id).orElseThrow(() -> new NotFoundException("pool", id)));
        return "fairshare/pool";
    }

    @GetMapping("/pools/{id}/download.{format}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String format) {
        PoolView pool = pools.pool(id).orElseThrow(() -> new NotFoundException("pool", id));
        Tables.Table table = table(pool);
        return switch (format) {
            case "csv" -> FairSharePages.file(Tables.csv(table).getBytes(StandardCharsets.UTF_8), "text/csv", id + ".csv");
            case "xlsx" -> FairSharePages.file(Tables.xlsx("Pool", table),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", id + ".xlsx");
            case "json" -> FairSharePages.file(json.writeValueAsBytes(pool), "application/json", id + ".json");
            default -> throw new NotFoundException("download format", format);
        };
    }

    private void fill(Model model, PoolView pool) {
        model.addAttribute("pool", pool);
        model.addAttribute("chartJson", pool.states().stream()
                .map(s -> "{\"state\":\"" + s.state() + "\",\"due\":" + s.due() + ",\"pledged\":"
                        + (pool.equivalenceRateMinor() == 0 ? 0 : s.pledgedValueMinor() / (double) pool.equivalenceRateMinor()) + "}")
                .collect(Collectors.joining(",", "[", "]")));
        Member member = currentMember.get().orElse(null);
        List<String> pledgeable = member == null ? List.of() : pool.states().stream().map(PoolView.StateLine::state)
                .filter(member::mayActFor).toList();
        model.addAttribute("pledgeable", pledgeable);
        List<String> subjects = new ArrayList<>();
        subjects.add(pool.registerSubject());
        pool.states().forEach(s -> subjects.add(pool.pledgeSubject(s.state())));
        Map<String, RecordInRegister> inRegister = publicRegister.inRegister(subjects);
        model.addAttribute("inRegister", inRegister.get(pool.registerSubject()));
        model.addAttribute("pledgesInRegister", pool.states().stream().collect(Collectors.toMap(
                PoolView.StateLine::state, s -> inRegister.get(pool.pledgeSubject(s.state())))));
    }

    static Tables.Table table(PoolView pool) {
        List<List<Object>> rows = new ArrayList<>();
        for (PoolView.StateLine s : pool.states()) {
            rows.add(List.of(s.state(), s.name(), s.share().toPlainString(), s.quota().toPlainString(), s.fairShare(),
                    s.fairShareMoneyMinor() / 100, s.deducted(), s.due(), s.pledgedRelocations(),
                    s.pledgedFinancialMinor() / 100.0, s.pledgedAlternativeMinor() / 100.0, s.gapMinor() / 100.0,
                    s.gapRelocations().toPlainString(), s.offsetThresholdMet()));
        }
        List<String> notes = new ArrayList<>();
        notes.add(pool.name() + ": " + pool.relocationReference() + " relocations or " + pool.financialReferenceMinor() / 100
                + " " + pool.currency() + "; key " + pool.key() + " on " + pool.dataYear() + " data; method " + pool.method());
        notes.add("Benefitting states: " + String.join(", ", pool.benefitting()));
        pool.sources().forEach(s -> notes.add("Source: " + s));
        return new Tables.Table(List.of("state", "name", "share", "quota", "fair_share_persons", "money_equivalent_eur",
                "deducted", "due", "pledged_relocations", "pledged_financial_eur", "pledged_alternative_eur", "gap_eur",
                "gap_relocations", "offset_threshold_met"), rows, notes);
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(AccessDeniedException.class)
    String refused(AccessDeniedException e, Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        return "error";
    }
}
