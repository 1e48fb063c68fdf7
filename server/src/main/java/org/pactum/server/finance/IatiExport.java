package org.pactum.server.finance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pactum.core.compliance.Direction;
import org.pactum.core.compliance.Verification;
import org.pactum.core.finance.iati.ActivityDate;
import org.pactum.core.finance.iati.ActivityStatus;
import org.pactum.core.finance.iati.Budget;
import org.pactum.core.finance.iati.IatiActivitiesWriter;
import org.pactum.core.finance.iati.IatiActivity;
import org.pactum.core.finance.iati.IatiTransaction;
import org.pactum.core.finance.iati.LedgerTransactions;
import org.pactum.core.finance.iati.Organisation;
import org.pactum.core.finance.iati.OrganisationRole;
import org.pactum.core.finance.iati.ParticipatingOrg;
import org.pactum.core.finance.iati.Result;
import org.pactum.core.finance.instrument.Instrument;
import org.pactum.core.finance.ledger.Ledger;
import org.pactum.core.pool.Money;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.agreements.SharedDictionary;
import org.pactum.server.finance.internal.FinanceMapper;
import org.pactum.server.finance.internal.FinanceRepository;
import org.pactum.server.finance.internal.FinanceRows.InstrumentRow;
import org.pactum.server.finance.internal.FinanceRows.TrancheRow;
import org.pactum.server.identity.Party;
import org.pactum.server.identity.PartyDirectory;
import org.pactum.server.identity.PartyKind;
import org.pactum.server.monitoring.MonitoredIndicator;
import org.pactum.server.monitoring.Monitoring;
import org.pactum.server.monitoring.Report;
import org.pactum.server.reference.Period;
import org.pactum.server.support.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The financing and results of agreements as IATI 2.03 activities: one activity per agreement and
 * donor (the donor is the reporting organisation), with the participating organisations in their
 * roles, the activity dates, a budget per calendar year of tranches falling due, every ledger entry
 * (reversals as negative values), and the agreement's monitored indicators as results (baseline,
 * target and actual per period; actuals are the current version of each report, with the verified
 * ones marked in the indicator's title). Organisation identifiers are {@code XI-PACTUM-<party>}
 * until parties carry their IATI organisation identifiers.
 */
@Service
public class IatiExport {

    static final String ORG_PREFIX = "XI-PACTUM-";

    private final FinanceRepository repository;
    private final AgreementRegister register;
    private final Monitoring monitoring;
    private final PartyDirectory parties;
    private final SharedDictionary dictionary;

    IatiExport(FinanceRepository repository, AgreementRegister register, Monitoring monitoring, PartyDirectory parties,
            SharedDictionary dictionary) {
        this.repository = repository;
        this.register = register;
        this.monitoring = monitoring;
        this.parties = parties;
        this.dictionary = dictionary;
    }

    /**
     * The activities of one agreement: 404 if it does not exist or may not be seen, and 404 with
     * "no financing" when no instrument is recorded for it (an IATI activity is a donor's financing;
     * without a donor there is no activity to report, and IATI files hold at least one activity).
     */
    @Transactional(readOnly = true)
    public List<IatiActivity> agreement(String agreementId) {
        Agreement agreement = register.require(agreementId);
        List<InstrumentRow> rows = repository.instruments(agreement.id());
        if (rows.isEmpty()) {
            throw new NotFoundException("financing", agreementId, "Agreement " + agreementId
                    + " has no financing recorded, so it has no IATI activity to export");
        }
        List<IatiActivity> activities = new ArrayList<>();
        rows.stream().map(InstrumentRow::donor).distinct().sorted()
                .forEach(donor -> activities.add(activity(agreement, donor, rows.stream().filter(r -> r.donor().equals(donor)).toList())));
        return activities;
    }

    /**
     * The activities a party reports (as donor), across the agreements the member may see: 404 for
     * an unknown party, and 404 with "no financing" for a party that finances nothing the member may see.
     */
    @Transactional(readOnly = true)
    public List<IatiActivity> reportedBy(String partyId) {
        parties.party(partyId).orElseThrow(() -> new NotFoundException("party", partyId));
        Map<String, List<InstrumentRow>> byAgreement = new TreeMap<>();
        repository.allInstruments().stream().filter(r -> r.donor().equals(partyId))
                .forEach(r -> byAgreement.computeIfAbsent(r.agreementId(), a -> new ArrayList<>()).add(r));
        List<IatiActivity> activities = new ArrayList<>();
        byAgreement.forEach((agreementId, rows) -> register.find(agreementId)
                .ifPresent(agreement -> activities.add(activity(agreement, partyId, rows))));
        if (activities.isEmpty()) {
            throw new NotFoundException("financing", partyId, "Party " + partyId
                    + " reports no financing as donor that you may see, so it has no IATI activity to export");
        }
        return activities;
    }

    public static String xml(List<IatiActivity> activities) {
        return IatiActivitiesWriter.toXml(activities, OffsetDateTime.now(ZoneOffset.UTC).withNano(0));
    }

    private IatiActivity activity(Agreement agreement, String donor, List<InstrumentRow> rows) {
        Organisation reporting = organisation(donor);
        List<ParticipatingOrg> participating = new ArrayList<>();
        participating.add(new ParticipatingOrg(reporting, OrganisationRole.FUNDING));
        participating.add(new ParticipatingOrg(reporting, OrganisationRole.EXTENDING));
        rows.stream().map(InstrumentRow::recipient).distinct()
                .forEach(p -> participating.add(new ParticipatingOrg(organisation(p), OrganisationRole.ACCOUNTABLE)));
        rows.stream().flatMap(r -> r.implementer().stream()).distinct()
                .forEach(p -> participating.add(new ParticipatingOrg(organisation(p), OrganisationRole.IMPLEMENTING)));
        List<ActivityDate> dates = new ArrayList<>();
        dates.add(new ActivityDate(ActivityDate.Type.PLANNED_START, agreement.terms().startsOn()));
        agreement.inForceOn().ifPresent(d -> dates.add(new ActivityDate(ActivityDate.Type.ACTUAL_START, d)));
        dates.add(new ActivityDate(ActivityDate.Type.PLANNED_END, agreement.terms().endsOn()));
        String currency = rows.get(0).currency();
        List<Budget> budgets = new ArrayList<>();
        List<IatiTransaction> transactions = new ArrayList<>();
        Map<String, Long> byYearAndCurrency = new TreeMap<>();
        for (InstrumentRow row : rows) {
            Instrument instrument = FinanceMapper.instrument(row);
            for (TrancheRow t : repository.tranches(row.id())) {
                byYearAndCurrency.merge(t.dueOn().getYear() + " " + row.currency(), t.amountMinor(), Math::addExact);
            }
            Ledger ledger = FinanceMapper.ledger(instrument, repository.entries(row.id()));
            transactions.addAll(LedgerTransactions.of(ledger, instrument.id(), reporting, organisation(row.recipient())));
        }
        byYearAndCurrency.forEach((key, minor) -> {
            int year = Integer.parseInt(key.substring(0, 4));
            LocalDate start = LocalDate.of(year, 1, 1);
            budgets.add(new Budget(Budget.Kind.ORIGINAL, Budget.Status.COMMITTED, start, LocalDate.of(year, 12, 31),
                    new Money(minor, key.substring(5)), start));
        });
        String title = agreement.terms().title() + (agreement.terms().illustrative() ? " [illustrative demo data]" : "");
        String description = agreement.terms().summary().isBlank() ? title : agreement.terms().summary();
        return new IatiActivity(reporting.ref().orElseThrow() + "-" + agreement.id(), reporting, title, description, participating,
                status(agreement), dates, currency, budgets, transactions, results(agreement));
    }

    private List<Result> results(Agreement agreement) {
        List<Result> results = new ArrayList<>();
        for (MonitoredIndicator indicator : monitoring.indicators(agreement.id())) {
            List<Report> reports = monitoring.currentReports(agreement.id(), indicator.indicatorCode(), indicator.partyId());
            List<Result.Period> periods = new ArrayList<>();
            for (MonitoredIndicator.Target target : indicator.targets()) {
                Period period = Period.of(target.period());
                Optional<Report> actual = reports.stream().filter(r -> r.period().equals(target.period())).findFirst();
                periods.add(new Result.Period(period.start(), period.endExclusive().minusDays(1), Optional.of(target.value()),
                        actual.map(Report::value)));
            }
            long verified = reports.stream().filter(r -> r.verification() == Verification.VERIFIED).count();
            String label = dictionary.entry("indicator", indicator.indicatorCode()).map(e -> e.label()).orElse(indicator.indicatorCode());
            String title = label + " (" + indicator.partyId() + ", " + indicator.unit() + "; " + verified + " of " + reports.size()
                    + " reported periods verified)";
            Optional<Result.Baseline> baseline = baselineYear(indicator.baselinePeriod())
                    .map(year -> new Result.Baseline(year, Optional.empty(), indicator.baseline()));
            Result.Indicator.Measure measure = indicator.unit().contains("%") || indicator.unit().startsWith("percent")
                    ? Result.Indicator.Measure.PERCENTAGE : Result.Indicator.Measure.UNIT;
            results.add(new Result(Result.Type.OUTCOME, label, List.of(new Result.Indicator(measure,
                    indicator.direction() == Direction.INCREASE, title, Optional.of(indicator.indicatorCode()), baseline, periods))));
        }
        return results;
    }

    private static Optional<Integer> baselineYear(String period) {
        return period != null && period.matches("\\d{4}.*") ? Optional.of(Integer.parseInt(period.substring(0, 4))) : Optional.empty();
    }

    private Organisation organisation(String partyId) {
        Optional<Party> party = parties.party(partyId);
        String type = party.map(Party::kind).map(IatiExport::organisationType).orElse("90");
        return Organisation.of(ORG_PREFIX + partyId, type, party.map(Party::name).orElse(partyId));
    }

    /** IATI OrganisationType: 10 government, 40 multilateral, 80 academic/research (evaluators), 22 national NGO. */
    private static String organisationType(PartyKind kind) {
        return switch (kind) {
            case STATE -> "10";
            case INTERNATIONAL_ORGANISATION -> "40";
            case EVALUATOR -> "80";
            case CIVIL_SOCIETY -> "22";
        };
    }

    private static ActivityStatus status(Agreement agreement) {
        return switch (agreement.status()) {
            case DRAFT, NEGOTIATED, SIGNED -> ActivityStatus.PIPELINE;
            case IN_FORCE, UNDER_REVIEW -> ActivityStatus.IMPLEMENTATION;
            case SUSPENDED -> ActivityStatus.SUSPENDED;
            case TERMINATED -> ActivityStatus.CANCELLED;
            case EXPIRED -> ActivityStatus.CLOSED;
        };
    }
}
