package org.pactum.server.agreements.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementDraft;
import org.pactum.server.agreements.AgreementTerms;
import org.pactum.server.agreements.AgreementQuery;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.agreements.AgreementStatus;
import org.pactum.server.agreements.Clause;
import org.pactum.server.agreements.Commitment;
import org.pactum.server.agreements.HistoryEntry;
import org.pactum.server.agreements.LifecycleAction;
import org.pactum.server.support.InvalidRequestException;
import org.pactum.server.support.UnprocessableException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The register as JSON: list and read agreements, the named acts of their life, publication. */
@RestController
@RequestMapping("/api/v1/agreements")
class AgreementApi {

    private final AgreementRegister register;

    AgreementApi(AgreementRegister register) {
        this.register = register;
    }

    record PartyView(String party, String role) {
    }

    record ClauseView(String key, String kind, String title, String body, LocalDate dueOn, int noticeDays, String indicator,
            String party, String comparison, BigDecimal threshold, String consequence) {
        static ClauseView of(Clause c) {
            return new ClauseView(c.key(), c.kind().name(), c.title(), c.body(), c.dueOn().orElse(null), c.noticeDays(),
                    c.indicatorCode().orElse(null), c.partyId().orElse(null), c.comparison().map(Enum::name).orElse(null),
                    c.threshold().orElse(null), c.consequence());
        }
    }

    record CommitmentView(String key, String party, String type, BigDecimal quantity, String unit, LocalDate periodStart,
            LocalDate periodEnd, String beneficiary, List<String> indicators, String status, String description) {
        static CommitmentView of(Commitment c) {
            return new CommitmentView(c.key(), c.partyId(), c.typeCode(), c.quantity(), c.unit(), c.periodStart(),
                    c.periodEnd(), c.beneficiaryCode().orElse(null), c.indicatorCodes(), c.status().name(), c.description());
        }
    }

    record AgreementView(String id, String title, String type, String summary, String status, boolean published,
            boolean illustrative, LocalDate startsOn, LocalDate endsOn, LocalDate signedOn, LocalDate inForceOn,
            String statusReason, List<PartyView> parties, List<ClauseView> clauses, List<CommitmentView> commitments) {
        static AgreementView of(Agreement a) {
            return new AgreementView(a.id(), a.terms().title(), a.terms().typeCode(), a.terms().summary(), a.status().name(),
                    a.published(), a.terms().illustrative(), a.terms().startsOn(), a.terms().endsOn(),
                    a.signedOn().orElse(null), a.inForceOn().orElse(null), a.statusReason(),
                    a.terms().parties().stream().map(p -> new PartyView(p.partyId(), p.role())).toList(),
                    a.terms().clauses().stream().map(ClauseView::of).toList(),
                    a.terms().commitments().stream().map(CommitmentView::of).toList());
        }
    }

    record ActRequest(LocalDate on, String reason) {
    }

    @GetMapping
    List<AgreementView> agreements(@RequestParam Optional<String> party, @RequestParam Optional<String> type,
            @RequestParam Optional<String> status, @RequestParam Optional<String> region, @RequestParam Optional<String> q) {
        Optional<AgreementStatus> wanted = status.filter(s -> !s.isBlank()).map(s -> {
            try {
                return AgreementStatus.valueOf(s.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("status", "must be one of " + List.of(AgreementStatus.values()));
            }
        });
        return register.search(new AgreementQuery(party, type, wanted, region, q)).stream().map(AgreementView::of).toList();
    }

    /** Drafts a new agreement among its parties; the drafter acts for one of them. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AgreementView draft(@RequestBody AgreementDraft draft) {
        if (draft.id() == null) {
            throw new UnprocessableException("id", "The draft has no agreement id");
        }
        return AgreementView.of(register.draft(draft.id(), terms(draft)));
    }

    /** Revises a draft's terms (the id in the body, if any, is ignored). */
    @PutMapping("/{id}")
    AgreementView revise(@PathVariable String id, @RequestBody AgreementDraft draft) {
        return AgreementView.of(register.revise(id, terms(draft)));
    }

    private static AgreementTerms terms(AgreementDraft draft) {
        try {
            return draft.terms();
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException("terms", e.getMessage());
        }
    }

    private static final String[] EXPORT_HEADER = {"id", "title", "type", "status", "published", "illustrative", "starts_on",
        "ends_on", "signed_on", "in_force_on", "parties", "commitments"};

    private static String[] exportRow(Agreement a) {
        return new String[] {a.id(), a.terms().title(), a.terms().typeCode(), a.status().name(), String.valueOf(a.published()),
            String.valueOf(a.terms().illustrative()), a.terms().startsOn().toString(), a.terms().endsOn().toString(),
            a.signedOn().map(Object::toString).orElse(""), a.inForceOn().map(Object::toString).orElse(""),
            a.terms().parties().stream().map(p -> p.partyId() + ":" + p.role()).collect(java.util.stream.Collectors.joining(" ")),
            a.terms().commitments().stream().map(c -> c.partyId() + " " + c.quantity().toPlainString() + " " + c.unit() + " "
                    + c.typeCode()).collect(java.util.stream.Collectors.joining("; "))};
    }

    /** The register (what the caller may see) as CSV, one agreement a row. */
    @GetMapping(value = "/export.csv", produces = "text/csv")
    ResponseEntity<String> exportCsv() throws java.io.IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(EXPORT_HEADER).get())) {
            for (Agreement a : register.search(AgreementQuery.all())) {
                csv.printRecord((Object[]) exportRow(a));
            }
        }
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"pactum-agreements.csv\"")
                .body(out.toString());
    }

    /** The register as an XLSX workbook. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportXlsx() throws java.io.IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("agreements");
            Row header = sheet.createRow(0);
            for (int i = 0; i < EXPORT_HEADER.length; i++) {
                header.createCell(i).setCellValue(EXPORT_HEADER[i]);
            }
            int r = 1;
            for (Agreement a : register.search(AgreementQuery.all())) {
                Row row = sheet.createRow(r++);
                String[] cells = exportRow(a);
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            workbook.write(out);
            return ResponseEntity.ok()
                    .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .header("Content-Disposition", "attachment; filename=\"pactum-agreements.xlsx\"")
                    .body(out.toByteArray());
        }
    }

    @GetMapping("/{id}")
    AgreementView agreement(@PathVariable String id) {
        return AgreementView.of(register.require(id));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable String id) {
        return register.history(id);
    }

    /** Applies a named act: conclude-negotiation, sign, enter-into-force, open-review, conclude-review, suspend, resume, terminate, expire. */
    @PostMapping("/{id}/actions/{action}")
    AgreementView act(@PathVariable String id, @PathVariable String action, @RequestBody(required = false) ActRequest request) {
        LocalDate on = request == null || request.on() == null ? LocalDate.now(java.time.ZoneOffset.UTC) : request.on();
        LifecycleAction act;
        try {
            act = LifecycleAction.of(action, on, request == null ? "" : request.reason());
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException("action", e.getMessage());
        }
        return AgreementView.of(register.act(id, act));
    }

    @PostMapping("/{id}/publication")
    @ResponseStatus(HttpStatus.OK)
    AgreementView publish(@PathVariable String id) {
        return AgreementView.of(register.publish(id));
    }

}
