package org.pactum.server.monitoring.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.pactum.core.compliance.Verification;
import org.pactum.server.monitoring.AgreementDocument;
import org.pactum.server.monitoring.AgreementImport;
import org.pactum.server.monitoring.Alert;
import org.pactum.server.monitoring.IndicatorSetup;
import org.pactum.server.monitoring.MonitoredIndicator;
import org.pactum.server.monitoring.ComplianceReview;
import org.pactum.server.monitoring.Monitoring;
import org.pactum.server.monitoring.PeriodCompliance;
import org.pactum.server.monitoring.Report;
import org.pactum.server.monitoring.ReportRequest;
import org.pactum.server.monitoring.internal.MonitoringRepository;
import org.pactum.server.support.UnprocessableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Monitoring as JSON: indicators, reports and corrections, verification, compliance with CSV and XLSX exports, import, alerts. */
@RestController
class MonitoringApi {

    private final Monitoring monitoring;
    private final ComplianceReview compliance;
    private final AgreementImport importer;
    private final MonitoringRepository repository;

    MonitoringApi(Monitoring monitoring, ComplianceReview compliance, AgreementImport importer, MonitoringRepository repository) {
        this.monitoring = monitoring;
        this.compliance = compliance;
        this.importer = importer;
        this.repository = repository;
    }

    record VerificationRequest(String state, String reason) {
    }

    record Imported(String id, String status, boolean published) {
    }

    record Compliance(String agreement, String overall, List<PeriodView> periods) {
    }

    record PeriodView(long indicatorId, String indicator, String party, String period, BigDecimal target, BigDecimal actual,
            String verification, String status, Double attainment) {
        static PeriodView of(PeriodCompliance c) {
            return new PeriodView(c.indicatorId(), c.indicatorCode(), c.partyId(), c.period(), c.target(),
                    c.actual().orElse(null), c.verification().map(Enum::name).orElse(null), c.status().name(),
                    c.attainment().isPresent() ? c.attainment().getAsDouble() : null);
        }
    }

    @PostMapping("/api/v1/agreements/import")
    @ResponseStatus(HttpStatus.CREATED)
    Imported importAgreement(@RequestBody AgreementDocument document) {
        var agreement = importer.importDocument(document);
        return new Imported(agreement.id(), agreement.status().name(), agreement.published());
    }

    @GetMapping("/api/v1/agreements/{id}/indicators")
    List<MonitoredIndicator> indicators(@PathVariable String id) {
        return monitoring.indicators(id);
    }

    @PostMapping("/api/v1/agreements/{id}/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    MonitoredIndicator setUp(@PathVariable String id, @RequestBody IndicatorSetup setup) {
        return monitoring.setUp(id, setup);
    }

    @GetMapping("/api/v1/agreements/{id}/indicators/{indicatorId}/reports")
    List<Report> reports(@PathVariable String id, @PathVariable long indicatorId) {
        return monitoring.reports(id, indicatorId);
    }

    /** Reports a figure; a second report for the same period is a correction, stored as the next version. */
    @PostMapping("/api/v1/agreements/{id}/indicators/{indicatorId}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    Report report(@PathVariable String id, @PathVariable long indicatorId, @RequestBody ReportRequest request) {
        return monitoring.report(id, indicatorId, request);
    }

    @PostMapping("/api/v1/agreements/{id}/reports/{reportId}/verification")
    Report verify(@PathVariable String id, @PathVariable long reportId, @RequestBody VerificationRequest request) {
        Verification state;
        try {
            state = Verification.valueOf(String.valueOf(request.state()).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException("state", "state must be VERIFIED or DISPUTED");
        }
        return monitoring.verify(id, reportId, state, request.reason());
    }

    @GetMapping("/api/v1/agreements/{id}/compliance")
    Compliance compliance(@PathVariable String id) {
        return new Compliance(id, compliance.overall(id).name(),
                compliance.compliance(id).stream().map(PeriodView::of).toList());
    }

    @GetMapping(value = "/api/v1/agreements/{id}/compliance.csv", produces = "text/csv")
    ResponseEntity<String> complianceCsv(@PathVariable String id) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (PeriodCompliance c : compliance.compliance(id)) {
                csv.printRecord((Object[]) cells(c));
            }
        }
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"" + id + "-compliance.csv\"")
                .body(out.toString());
    }

    @GetMapping("/api/v1/agreements/{id}/compliance.xlsx")
    ResponseEntity<byte[]> complianceXlsx(@PathVariable String id) throws IOException {
        List<PeriodCompliance> rows = compliance.compliance(id);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("compliance");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
            }
            int r = 1;
            for (PeriodCompliance c : rows) {
                Row row = sheet.createRow(r++);
                String[] cells = cells(c);
                for (int i = 0; i < cells.length; i++) {
                    if ((i == 4 || i == 5) && !cells[i].isEmpty()) {
                        row.createCell(i).setCellValue(Double.parseDouble(cells[i]));
                    } else {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            }
            workbook.write(out);
            return ResponseEntity.ok()
                    .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .header("Content-Disposition", "attachment; filename=\"" + id + "-compliance.xlsx\"")
                    .body(out.toByteArray());
        }
    }

    @GetMapping("/api/v1/agreements/{id}/alerts")
    List<Alert> alerts(@PathVariable String id) {
        monitoring.indicators(id);
        return repository.alerts(id);
    }

    private static final String[] HEADER = {"agreement_indicator", "indicator", "party", "period", "target", "actual",
        "verification", "status", "attainment"};

    private static String[] cells(PeriodCompliance c) {
        return new String[] {String.valueOf(c.indicatorId()), c.indicatorCode(), c.partyId(), c.period(),
            c.target().toPlainString(), c.actual().map(BigDecimal::toPlainString).orElse(""),
            c.verification().map(Enum::name).orElse(""), c.status().name(),
            c.attainment().isPresent() ? String.valueOf(c.attainment().getAsDouble()) : ""};
    }

}
