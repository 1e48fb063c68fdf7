package org.pactum.server.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pactum.core.finance.instrument.ConcessionalLoan;
import org.pactum.core.finance.instrument.Instrument;
import org.pactum.core.finance.tranche.Comparison;
import org.pactum.core.finance.tranche.ReleaseRule;
import org.pactum.core.finance.tranche.TranchePlan;
import org.pactum.core.pool.Money;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.finance.InstrumentRequest.ConditionLine;
import org.pactum.server.finance.InstrumentRequest.TrancheLine;
import org.pactum.server.finance.internal.Amounts;
import org.pactum.server.finance.internal.FinanceMapper;
import org.pactum.server.finance.internal.FinanceRepository;
import org.pactum.server.finance.internal.FinanceRows.ConditionRow;
import org.pactum.server.finance.internal.FinanceRows.InstrumentRow;
import org.pactum.server.finance.internal.FinanceRows.LoanRow;
import org.pactum.server.finance.internal.FinanceRows.TrancheRow;
import org.pactum.server.monitoring.MonitoredIndicator;
import org.pactum.server.monitoring.Monitoring;
import org.pactum.server.reference.Period;
import org.pactum.server.support.RuleViolationException;
import org.pactum.server.support.UnprocessableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instruments of agreements and their tranche plans. An instrument is recorded once, with its
 * whole plan, by an analyst of one of the agreement's parties (or an administrator): every field is
 * checked first (currency, amounts, parties, loan terms, that the tranches add up to the instrument
 * and that each condition watches an indicator the agreement monitors), and a refusal names the
 * field and stores nothing.
 */
@Service
public class Financing {

    private final FinanceRepository repository;
    private final AgreementRegister register;
    private final Monitoring monitoring;
    private final AuditTrail audit;

    Financing(FinanceRepository repository, AgreementRegister register, Monitoring monitoring, AuditTrail audit) {
        this.repository = repository;
        this.register = register;
        this.monitoring = monitoring;
        this.audit = audit;
    }

    @Transactional
    public Instrument record(InstrumentRequest request) {
        if (request.agreementId() == null || request.agreementId().isBlank()) {
            throw new UnprocessableException("agreementId", "required");
        }
        Agreement agreement = register.require(request.agreementId());
        if (!register.mayChange(agreement)) {
            throw new AccessDeniedException("Only the parties' analysts record the financing of agreement " + agreement.id());
        }
        String id = required("id", request.id());
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,59}")) {
            throw new UnprocessableException("id", "1 to 60 letters, digits, '.', '_' or '-' (it appears in addresses), got '" + id + "'");
        }
        if (repository.instrumentExists(id)) {
            throw new RuleViolationException("instrument-ids-are-unique", "An instrument " + id + " exists already");
        }
        String kind = required("kind", request.kind());
        if (!kind.equals("GRANT") && !kind.equals("CONCESSIONAL_LOAN")) {
            throw new UnprocessableException("kind", "GRANT or CONCESSIONAL_LOAN, got '" + kind + "'");
        }
        String title = required("title", request.title());
        String currency = Amounts.currency("currency", request.currency());
        Money amount = Amounts.positive("amount", request.amount(), currency);
        String donor = party(agreement, "donor", request.donor());
        String recipient = party(agreement, "recipient", request.recipient());
        Optional<String> implementer = Optional.ofNullable(request.implementer()).filter(s -> !s.isBlank())
                .map(p -> party(agreement, "implementer", p));
        if (donor.equals(recipient)) {
            throw new UnprocessableException("recipient", "a donor cannot finance itself (" + donor + ")");
        }
        Optional<LoanRow> loan = kind.equals("CONCESSIONAL_LOAN") ? Optional.of(loan(request.loan())) : Optional.empty();
        InstrumentRow row = new InstrumentRow(id, agreement.id(), kind, title, donor, recipient, implementer, amount.minorUnits(),
                currency, loan, agreement.terms().illustrative());
        Instrument instrument = core(row);
        List<TrancheRow> tranches = tranches(agreement, id, currency, request.tranches());
        if (!tranches.isEmpty()) {
            try {
                new TranchePlan(instrument, tranches.stream().map(t -> FinanceMapper.tranche(t, currency)).toList());
            } catch (IllegalArgumentException e) {
                throw fieldOf(e, "tranches");
            }
        }
        repository.insertInstrument(row, audit.currentActor());
        tranches.forEach(repository::insertTranche);
        audit.record("finance.instrument", "agreement " + agreement.id(), kind + " " + id + " of " + amount + " from " + donor + " to "
                + recipient + ", " + tranches.size() + " tranches");
        return instrument;
    }

    /** The stored instrument as the core sees it, if the current member may see its agreement. */
    @Transactional(readOnly = true)
    public Optional<Instrument> find(String instrumentId) {
        return repository.instrument(instrumentId).filter(r -> register.find(r.agreementId()).isPresent()).map(FinanceMapper::instrument);
    }

    private Instrument core(InstrumentRow row) {
        try {
            return FinanceMapper.instrument(row);
        } catch (IllegalArgumentException e) {
            throw fieldOf(e, "loan");
        }
    }

    private LoanRow loan(InstrumentRequest.Loan loan) {
        if (loan == null) {
            throw new UnprocessableException("loan", "a concessional loan states its terms");
        }
        BigDecimal interest = Amounts.decimal("loan.interestRate", loan.interestRate());
        BigDecimal discount = Amounts.decimal("loan.discountRate", loan.discountRate());
        if (discount.signum() <= 0 || discount.compareTo(BigDecimal.ONE) >= 0) {
            throw new UnprocessableException("loan.discountRate", "a fraction above 0 and below 1, got " + discount.toPlainString());
        }
        if (loan.graceMonths() == null || loan.maturityMonths() == null || loan.repaymentsPerYear() == null) {
            throw new UnprocessableException("loan", "graceMonths, maturityMonths and repaymentsPerYear are required");
        }
        LoanRow row = new LoanRow(interest, loan.graceMonths(), loan.maturityMonths(), loan.repaymentsPerYear(), discount);
        try {
            FinanceMapper.terms(row);
        } catch (IllegalArgumentException e) {
            throw fieldOf(e, "loan");
        }
        return row;
    }

    private List<TrancheRow> tranches(Agreement agreement, String instrumentId, String currency, List<TrancheLine> lines) {
        Set<String> monitored = new HashSet<>();
        for (MonitoredIndicator indicator : monitoring.indicators(agreement.id())) {
            monitored.add(indicator.indicatorCode());
        }
        List<TrancheRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TrancheLine line = lines.get(i);
            String at = "tranches[" + i + "]";
            String trancheId = required(at + ".id", line.id());
            Money amount = Amounts.positive(at + ".amount", line.amount(), currency);
            if (line.dueOn() == null) {
                throw new UnprocessableException(at + ".dueOn", "required");
            }
            Period period = Period.parse(required(at + ".period", line.period())).orElseThrow(() -> new UnprocessableException(
                    at + ".period", "'" + line.period() + "' is not a period (YYYY, YYYY-Qn or YYYY-MM)"));
            String rule = line.rule() == null || line.rule().isBlank() ? ReleaseRule.ALL_OR_NOTHING.name() : line.rule();
            try {
                ReleaseRule.valueOf(rule);
            } catch (IllegalArgumentException e) {
                throw new UnprocessableException(at + ".rule", "ALL_OR_NOTHING or PRO_RATA_CONDITIONS_MET, got '" + rule + "'");
            }
            List<ConditionRow> conditions = new ArrayList<>();
            for (int j = 0; j < line.conditions().size(); j++) {
                ConditionLine c = line.conditions().get(j);
                String cat = at + ".conditions[" + j + "]";
                String code = required(cat + ".indicator", c.indicator());
                if (!monitored.contains(code)) {
                    throw new UnprocessableException(cat + ".indicator", "agreement " + agreement.id() + " does not monitor '" + code
                            + "' (it monitors " + (monitored.isEmpty() ? "no indicator" : String.join(", ", monitored.stream().sorted().toList())) + ")");
                }
                Comparison comparison;
                try {
                    comparison = Comparison.valueOf(required(cat + ".comparison", c.comparison()));
                } catch (IllegalArgumentException e) {
                    throw new UnprocessableException(cat + ".comparison", "AT_LEAST, AT_MOST, ABOVE, BELOW or EQUAL_TO, got '" + c.comparison() + "'");
                }
                conditions.add(new ConditionRow(code, comparison.name(), Amounts.decimal(cat + ".threshold", c.threshold())));
            }
            rows.add(new TrancheRow(instrumentId, trancheId, i, amount.minorUnits(), line.dueOn(), period.code(), rule, conditions));
        }
        for (TrancheRow row : rows) {
            try {
                FinanceMapper.tranche(row, currency);
            } catch (IllegalArgumentException e) {
                throw fieldOf(e, "tranches[" + row.position() + "]");
            }
        }
        return rows;
    }

    private static String party(Agreement agreement, String field, String partyId) {
        String id = required(field, partyId);
        if (!agreement.hasParty(id)) {
            throw new UnprocessableException(field, id + " is not a party to agreement " + agreement.id());
        }
        return id;
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new UnprocessableException(field, "required");
        }
        return value.strip();
    }

    /** The core names the field before a colon ("graceMonths: ..."); that name, under {@code prefix}, is the field of the 422. */
    static UnprocessableException fieldOf(IllegalArgumentException e, String prefix) {
        String message = e.getMessage() == null ? "invalid" : e.getMessage();
        int colon = message.indexOf(':');
        if (colon > 0 && colon < 60 && !message.substring(0, colon).contains(" ")) {
            String field = message.substring(0, colon);
            boolean absolute = field.equals(prefix) || field.startsWith(prefix + "[") || field.startsWith(prefix + ".");
            return new UnprocessableException(absolute ? field : prefix + "." + field, message.substring(colon + 1).strip());
        }
        return new UnprocessableException(prefix, message);
    }
}
