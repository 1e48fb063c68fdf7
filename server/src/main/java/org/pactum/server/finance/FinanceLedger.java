package org.pactum.server.finance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pactum.core.finance.instrument.Instrument;
import org.pactum.core.finance.ledger.FinalUse;
import org.pactum.core.finance.ledger.Ledger;
import org.pactum.core.finance.ledger.LedgerEntry;
import org.pactum.core.finance.ledger.LedgerViolation;
import org.pactum.core.finance.ledger.Reversal;
import org.pactum.core.finance.ledger.Transaction;
import org.pactum.core.finance.ledger.TransactionType;
import org.pactum.core.finance.money.ExchangeRate;
import org.pactum.core.finance.money.ExchangeRates;
import org.pactum.core.pool.Money;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.finance.internal.Amounts;
import org.pactum.server.finance.internal.FinanceMapper;
import org.pactum.server.finance.internal.FinancePublications;
import org.pactum.server.finance.internal.FinanceRepository;
import org.pactum.server.finance.internal.FinanceRows.EntryRow;
import org.pactum.server.finance.internal.FinanceRows.InstrumentRow;
import org.pactum.server.finance.internal.FinanceRows.RateRow;
import org.pactum.server.identity.CurrentMember;
import org.pactum.server.identity.Member;
import org.pactum.server.support.UnprocessableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger from pledge to expenditure and the table of exchange rates. Each entry is checked by
 * the core {@link Ledger} against the instrument's earlier entries (read under a row lock on the
 * instrument, so two nodes cannot both squeeze under the commitment): a refusal is a 422 naming the
 * field, and nothing is stored. Negative amounts are refused; a correction is a {@code REVERSAL}.
 * Each entry of a published agreement is put on the public register as it is recorded.
 */
@Service
public class FinanceLedger {

    private final FinanceRepository repository;
    private final AgreementRegister register;
    private final CurrentMember currentMember;
    private final AuditTrail audit;
    private final FinancePublications publications;

    FinanceLedger(FinanceRepository repository, AgreementRegister register, CurrentMember currentMember, AuditTrail audit,
            FinancePublications publications) {
        this.repository = repository;
        this.register = register;
        this.currentMember = currentMember;
        this.audit = audit;
        this.publications = publications;
    }

    @Transactional
    public LedgerEntry record(TransactionRequest request) {
        String instrumentId = Financing.required("instrumentId", request.instrumentId());
        InstrumentRow row = repository.lockInstrument(instrumentId).filter(r -> register.find(r.agreementId()).isPresent())
                .orElseThrow(() -> new UnprocessableException("instrumentId", "no instrument " + instrumentId));
        Agreement agreement = register.require(row.agreementId());
        if (!register.mayChange(agreement)) {
            throw new AccessDeniedException("Only the parties' analysts record transactions of agreement " + agreement.id());
        }
        LedgerEntry entry = entry(request, row.currency());
        return store(row, entry, Optional.empty());
    }

    /**
     * Records the disbursement a tranche decision authorises (once per decision; a second call does
     * nothing). Called by the outbox listener, acting as the system.
     */
    @Transactional
    public Optional<LedgerEntry> recordRelease(TrancheDecided decision) {
        if (decision.releasedMinor() <= 0 || repository.disbursementRecordedFor(decision.decisionId())) {
            return Optional.empty();
        }
        InstrumentRow row = repository.lockInstrument(decision.instrumentId()).orElseThrow();
        Transaction disbursement = Transaction.of("DISB-" + decision.decisionId(), new org.pactum.core.finance.instrument.InstrumentId(row.id()),
                        TransactionType.DISBURSEMENT, new Money(decision.releasedMinor(), decision.currency()), decision.decidedOn())
                .describedAs("Release of tranche " + decision.trancheId() + " (decision " + decision.decisionId() + ")");
        return Optional.of(store(row, disbursement, Optional.of(decision.decisionId())));
    }

    /** Checks and stores an entry of the instrument whose row the caller has locked, and publishes it if its agreement is published. */
    private LedgerEntry store(InstrumentRow row, LedgerEntry entry, Optional<Long> decisionId) {
        Instrument instrument = FinanceMapper.instrument(row);
        Ledger ledger = FinanceMapper.ledger(instrument, repository.entries(instrument.id().value()));
        try {
            ledger.record(entry);
        } catch (LedgerViolation violation) {
            throw new UnprocessableException(violation.field(), violation.getMessage() + " [" + violation.rule() + "]");
        }
        EntryRow stored = FinanceMapper.row(entry, decisionId);
        repository.insertEntry(stored, audit.currentActor());
        // published in this transaction, not through the outbox: entry and publication commit or roll back together, as safe and simpler
        publications.transactionRecorded(row, stored);
        String what = entry instanceof Transaction t ? t.type().iatiName() : "Reversal of " + ((Reversal) entry).reverses();
        audit.record("finance.transaction", "instrument " + instrument.id(), entry.id() + ": " + what + " " + entry.amount() + " on " + entry.date());
        return entry;
    }

    private static LedgerEntry entry(TransactionRequest request, String instrumentCurrency) {
        String id = Financing.required("id", request.id());
        if (id.length() > 60) {
            throw new UnprocessableException("id", "at most 60 characters");
        }
        String currency = Amounts.currency("currency", request.currency() == null ? instrumentCurrency : request.currency());
        Money amount = Amounts.parse("amount", request.amount(), currency);
        if (request.date() == null) {
            throw new UnprocessableException("date", "required");
        }
        String type = Financing.required("type", request.type()).toUpperCase(Locale.ROOT);
        var instrument = new org.pactum.core.finance.instrument.InstrumentId(request.instrumentId().strip());
        if (type.equals("REVERSAL")) {
            if (amount.signum() <= 0) {
                throw new UnprocessableException("amount", "a reversal states the positive amount it takes back, got " + request.amount());
            }
            return new Reversal(id, instrument, Financing.required("reverses", request.reverses()), amount, request.date(),
                    Financing.required("reason", request.reason()));
        }
        if (request.reverses() != null && !request.reverses().isBlank()) {
            throw new UnprocessableException("reverses", "only a REVERSAL names a transaction it reverses");
        }
        TransactionType transactionType = type(type);
        Optional<FinalUse> finalUse = Optional.ofNullable(request.finalUse()).filter(s -> !s.isBlank()).map(FinanceLedger::finalUse);
        Optional<String> override = Optional.ofNullable(request.overrideReason()).filter(s -> !s.isBlank()).map(String::strip);
        return new Transaction(id, instrument, transactionType, amount, request.date(), finalUse, override,
                request.description() == null ? "" : request.description().strip());
    }

    private static TransactionType type(String text) {
        Optional<TransactionType> type = text.matches("\\d{1,2}") ? TransactionType.ofCode(Integer.parseInt(text))
                : java.util.Arrays.stream(TransactionType.values()).filter(t -> t.name().equals(text.replace(' ', '_'))).findFirst();
        return type.orElseThrow(() -> new UnprocessableException("type", "'" + text
                + "' is not an IATI 2.03 transaction type (1-13 or a name such as DISBURSEMENT), nor REVERSAL"));
    }

    private static FinalUse finalUse(String text) {
        try {
            return FinalUse.valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException("finalUse", "'" + text + "' is not one of RECEPTION, ASYLUM_PROCESSING, INTEGRATION, "
                    + "RETURN_AND_REINTEGRATION, BORDER_MANAGEMENT, OTHER");
        }
    }

    /** Records (or replaces) the rate of a day; analysts and administrators. */
    @Transactional
    public ExchangeRate recordRate(ExchangeRateRequest request) {
        Member member = currentMember.get().orElseThrow(() -> new AccessDeniedException("sign in to record exchange rates"));
        if (!member.isAdmin() && member.partyId().isEmpty()) {
            throw new AccessDeniedException("Only analysts and administrators record exchange rates");
        }
        if (request.date() == null) {
            throw new UnprocessableException("date", "required");
        }
        String from = Amounts.currency("from", request.from());
        String to = Amounts.currency("to", request.to());
        if (from.equals(to)) {
            throw new UnprocessableException("to", "a rate needs two different currencies");
        }
        var rate = Amounts.decimal("rate", request.rate());
        if (rate.signum() <= 0) {
            throw new UnprocessableException("rate", "must be positive, got " + rate.toPlainString());
        }
        ExchangeRate row = new ExchangeRate(request.date(), from, to, rate);
        String source = request.source() == null ? "" : request.source().strip();
        repository.upsertRate(new RateRow(row.date(), from, to, rate, source), audit.currentActor());
        audit.record("finance.exchange-rate", from + "/" + to, row.date() + ": " + rate.toPlainString() + " (" + source + ")");
        return row;
    }

    @Transactional(readOnly = true)
    public List<RateRowView> rates() {
        return repository.rates().stream().map(r -> new RateRowView(r.date(), r.from(), r.to(), r.rate(), r.source())).toList();
    }

    @Transactional(readOnly = true)
    public ExchangeRates rateTable() {
        return ExchangeRates.of(repository.rates().stream().map(r -> new ExchangeRate(r.date(), r.from(), r.to(), r.rate())).toList());
    }

    /** A row of the rate table as shown. */
    public record RateRowView(java.time.LocalDate date, String from, String to, java.math.BigDecimal rate, String source) {
    }
}
