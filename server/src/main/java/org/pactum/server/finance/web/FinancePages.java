package org.pactum.server.finance.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.pactum.core.finance.money.MinorUnits;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.finance.FinanceQueries;
import org.pactum.server.finance.FinanceViews.FinancingPlan;
import org.pactum.server.finance.FinanceViews.InstrumentView;
import org.pactum.server.finance.FinanceViews.TransactionView;
import org.pactum.server.finance.IatiExport;
import org.pactum.server.finance.TrancheDecided;
import org.pactum.server.finance.TrancheReview;
import org.pactum.server.identity.PartyDirectory;
import org.pactum.server.register.RegisterLog;
import org.pactum.server.support.NotFoundException;
import org.pactum.server.support.RuleViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The financing pages: the public register of commitments and expenditures with its downloads,
 * the financing plan of an agreement, and a donor's view across agreements.
 */
@Controller
class FinancePages {

    private static final MoneyFormat FORMAT = new MoneyFormat();
    private static final List<String> COLUMNS = List.of("agreement", "instrument", "donor", "recipient", "transaction", "type",
            "iati_code", "date", "amount", "currency", "amount_minor", "final_use", "reverses", "reason", "override_reason", "description");

    private final FinanceQueries queries;
    private final TrancheReview review;
    private final AgreementRegister register;
    private final IatiExport iati;
    private final PartyDirectory parties;
    private final JsonMapper json;
    private final RegisterLog publicRegister;

    FinancePages(FinanceQueries queries, TrancheReview review, AgreementRegister register, IatiExport iati, PartyDirectory parties,
            JsonMapper json, RegisterLog publicRegister) {
        this.queries = queries;
        this.review = review;
        this.register = register;
        this.iati = iati;
        this.parties = parties;
        this.json = json;
        this.publicRegister = publicRegister;
    }

    @GetMapping("/finance")
    String register(Model model) {
        List<InstrumentView> instruments = queries.instruments();
        List<TransactionView> transactions = queries.transactions();
        model.addAttribute("instruments", instruments);
        model.addAttribute("transactions", transactions);
        model.addAttribute("inRegister", publicRegister.inRegister(transactions.stream().map(TransactionView::registerSubject).toList()));
        model.addAttribute("agreements", queries.financedAgreements());
        model.addAttribute("donors", instruments.stream().map(InstrumentView::donor).distinct().sorted().toList());
        model.addAttribute("fmt", FORMAT);
        return "finance/register";
    }

    @GetMapping("/finance/agreements/{id}")
    String plan(@PathVariable String id, Model model) {
        FinancingPlan plan = queries.plan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("inRegister", publicRegister.inRegister(plan.registerSubjects()));
        model.addAttribute("fmt", FORMAT);
        model.addAttribute("chartJson", chart(plan));
        model.addAttribute("mayDecide", register.mayChange(register.require(id)));
        model.addAttribute("today", LocalDate.now());
        return "finance/plan";
    }

    /** A tranche decision asked for from the financing plan (the agreement's parties' analysts). */
    @PostMapping("/finance/agreements/{id}/decisions")
    String decide(@PathVariable String id, @RequestParam String instrument, @RequestParam String tranche, @RequestParam String on,
            RedirectAttributes redirect) {
        if (queries.plan(id).instruments().stream().noneMatch(i -> i.id().equals(instrument))) {
            throw new NotFoundException("instrument", instrument);
        }
        try {
            TrancheDecided decided = review.decide(instrument, tranche, LocalDate.parse(on));
            redirect.addFlashAttribute("notice", decided.explanation());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.rule() + ": " + e.getMessage());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("error", "on: '" + on + "' is not a date (YYYY-MM-DD)");
        }
        return "redirect:/finance/agreements/" + id;
    }

    @GetMapping("/finance/donors/{party}")
    String donor(@PathVariable String party, Model model) {
        var donor = parties.party(party).orElseThrow(() -> new NotFoundException("party", party));
        List<InstrumentView> instruments = queries.donorInstruments(party);
        model.addAttribute("donor", donor);
        model.addAttribute("instruments", instruments);
        model.addAttribute("inRegister", publicRegister.inRegister(
                instruments.stream().flatMap(i -> i.decisionSubjects().stream()).toList()));
        model.addAttribute("fmt", FORMAT);
        return "finance/donor";
    }

    @GetMapping("/finance/register.csv")
    ResponseEntity<String> csv() throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (TransactionView t : queries.transactions()) {
                printer.printRecord(row(t));
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"pactum-finance-register.csv\"").body(out.toString());
    }

    @GetMapping("/finance/register.xlsx")
    ResponseEntity<byte[]> xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("transactions");
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
            }
            int r = 1;
            for (TransactionView t : queries.transactions()) {
                Row row = sheet.createRow(r++);
                List<Object> values = row(t);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number n && i == 10) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(i).setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .header("Content-Disposition", "attachment; filename=\"pactum-finance-register.xlsx\"").body(out.toByteArray());
        }
    }

    @GetMapping("/finance/iati.xml")
    ResponseEntity<String> iati(@RequestParam(required = false) String agreement, @RequestParam(required = false) String organisation) {
        String xml = agreement != null && !agreement.isBlank() ? IatiExport.xml(iati.agreement(agreement))
                : organisation != null && !organisation.isBlank() ? IatiExport.xml(iati.reportedBy(organisation))
                : IatiExport.xml(everyVisibleActivity());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header("Content-Disposition", "attachment; filename=\"pactum-iati.xml\"").body(xml);
    }

    /** The activities of every financed agreement the reader may see (drafts only for their parties). */
    private List<org.pactum.core.finance.iati.IatiActivity> everyVisibleActivity() {
        List<org.pactum.core.finance.iati.IatiActivity> activities = queries.financedAgreements().stream()
                .flatMap(a -> iati.agreement(a).stream()).toList();
        if (activities.isEmpty()) {
            throw new NotFoundException("financing", "register", "No financing that you may see is recorded yet, "
                    + "so there is no IATI activity to export");
        }
        return activities;
    }

    private static List<Object> row(TransactionView t) {
        String signed = (t.type().equals("REVERSAL") ? "-" : "") + MinorUnits.inMajorUnits(t.amount()).toPlainString();
        long minor = t.type().equals("REVERSAL") ? -t.amount().minorUnits() : t.amount().minorUnits();
        return List.of(t.agreementId(), t.instrumentId(), t.donor(), t.recipient(), t.id(), t.type(), t.typeCode(), t.date().toString(),
                signed, t.amount().currency(), minor, t.finalUse().orElse(""), t.reverses().orElse(""), t.reason().orElse(""),
                t.overrideReason().orElse(""), t.description());
    }

    private String chart(FinancingPlan plan) {
        int exponent = MinorUnits.exponent(plan.reportingCurrency());
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("unit", plan.reportingCurrency());
        chart.put("labels", plan.curve().stream().map(p -> p.date().toString()).toList());
        chart.put("series", List.of(
                Map.of("label", "committed", "values", plan.curve().stream().map(p -> major(p.committedMinor(), exponent)).toList()),
                Map.of("label", "disbursed", "values", plan.curve().stream().map(p -> major(p.disbursedMinor(), exponent)).toList()),
                Map.of("label", "spent", "values", plan.curve().stream().map(p -> major(p.spentMinor(), exponent)).toList())));
        return json.writeValueAsString(chart).replace("</", "<\\/");
    }

    private static java.math.BigDecimal major(long minor, int exponent) {
        return java.math.BigDecimal.valueOf(minor, exponent);
    }

}
