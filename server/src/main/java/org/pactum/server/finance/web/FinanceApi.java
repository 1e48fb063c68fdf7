package org.pactum.server.finance.web;

import java.time.LocalDate;
import java.util.List;
import org.pactum.core.finance.ledger.LedgerEntry;
import org.pactum.core.finance.money.ExchangeRate;
import org.pactum.server.finance.ExchangeRateRequest;
import org.pactum.server.finance.FinanceLedger;
import org.pactum.server.finance.FinanceQueries;
import org.pactum.server.finance.FinanceViews.DecisionView;
import org.pactum.server.finance.FinanceViews.FinancingPlan;
import org.pactum.server.finance.FinanceViews.InstrumentView;
import org.pactum.server.finance.FinanceViews.TrancheView;
import org.pactum.server.finance.FinanceViews.TransactionView;
import org.pactum.server.finance.Financing;
import org.pactum.server.finance.IatiExport;
import org.pactum.server.finance.InstrumentRequest;
import org.pactum.server.finance.TrancheDecided;
import org.pactum.server.finance.TrancheReview;
import org.pactum.server.finance.TransactionRequest;
import org.pactum.server.support.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Financing as JSON: instruments and tranche plans, tranche decisions, the ledger, exchange rates and the IATI export. */
@RestController
class FinanceApi {

    private final Financing financing;
    private final FinanceQueries queries;
    private final FinanceLedger ledger;
    private final TrancheReview review;
    private final IatiExport iati;

    FinanceApi(Financing financing, FinanceQueries queries, FinanceLedger ledger, TrancheReview review, IatiExport iati) {
        this.financing = financing;
        this.queries = queries;
        this.ledger = ledger;
        this.review = review;
        this.iati = iati;
    }

    record DecisionRequest(LocalDate on) {
    }

    record Recorded(String id, String instrumentId, String type, long amountMinor, String currency, LocalDate date) {
    }

    @GetMapping("/api/v1/finance/agreements/{id}")
    FinancingPlan plan(@PathVariable String id) {
        return queries.plan(id);
    }

    @GetMapping("/api/v1/finance/instruments")
    List<InstrumentView> instruments(@RequestParam(required = false) String donor) {
        return donor == null || donor.isBlank() ? queries.instruments() : queries.donorInstruments(donor);
    }

    @PostMapping("/api/v1/finance/instruments")
    @ResponseStatus(HttpStatus.CREATED)
    InstrumentView record(@RequestBody InstrumentRequest request) {
        return queries.instrument(financing.record(request).id().value());
    }

    @GetMapping("/api/v1/finance/instruments/{id}")
    InstrumentView instrument(@PathVariable String id) {
        return queries.instrument(id);
    }

    @GetMapping("/api/v1/finance/instruments/{id}/tranches")
    List<TrancheView> tranches(@PathVariable String id) {
        return queries.instrument(id).tranches();
    }

    @GetMapping("/api/v1/finance/instruments/{id}/decisions")
    List<DecisionView> decisions(@PathVariable String id) {
        return queries.decisions(id);
    }

    @PostMapping("/api/v1/finance/instruments/{id}/tranches/{trancheId}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    TrancheDecided decide(@PathVariable String id, @PathVariable String trancheId, @RequestBody(required = false) DecisionRequest request) {
        return review.decide(id, trancheId, request == null || request.on() == null ? LocalDate.now() : request.on());
    }

    @GetMapping("/api/v1/finance/transactions")
    List<TransactionView> transactions(@RequestParam(required = false) String agreement) {
        return agreement == null || agreement.isBlank() ? queries.transactions() : queries.plan(agreement).transactions();
    }

    @PostMapping("/api/v1/finance/transactions")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded recordTransaction(@RequestBody TransactionRequest request) {
        LedgerEntry entry = ledger.record(request);
        String type = entry instanceof org.pactum.core.finance.ledger.Transaction t ? t.type().name() : "REVERSAL";
        return new Recorded(entry.id(), entry.instrument().value(), type, entry.amount().minorUnits(), entry.amount().currency(), entry.date());
    }

    @GetMapping("/api/v1/finance/exchange-rates")
    List<FinanceLedger.RateRowView> rates() {
        return ledger.rates();
    }

    @PostMapping("/api/v1/finance/exchange-rates")
    @ResponseStatus(HttpStatus.CREATED)
    ExchangeRate recordRate(@RequestBody ExchangeRateRequest request) {
        return ledger.recordRate(request);
    }

    @GetMapping(value = "/api/v1/finance/iati", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> iati(@RequestParam(required = false) String agreement, @RequestParam(required = false) String organisation) {
        boolean byAgreement = agreement != null && !agreement.isBlank();
        boolean byOrganisation = organisation != null && !organisation.isBlank();
        if (byAgreement == byOrganisation) {
            throw new InvalidRequestException("agreement", "give either agreement or organisation, not both");
        }
        String xml = IatiExport.xml(byAgreement ? iati.agreement(agreement) : iati.reportedBy(organisation));
        String name = "iati-" + (byAgreement ? agreement : organisation) + ".xml";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").body(xml);
    }
}
