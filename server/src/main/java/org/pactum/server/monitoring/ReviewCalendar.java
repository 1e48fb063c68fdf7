package org.pactum.server.monitoring;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pactum.core.compliance.Actual;
import org.pactum.core.compliance.Comparison;
import org.pactum.core.compliance.ReviewNotice;
import org.pactum.core.compliance.TriggerCondition;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.agreements.Clause;
import org.pactum.server.agreements.ClauseKind;
import org.pactum.server.monitoring.internal.MonitoringRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review calendar: once a day it looks at every agreement in force and raises a notice for
 * each review falling due and each sunset coming within its notice period, and for each triggered
 * clause breached by a verified figure. Each notice is raised once (remembered in
 * {@code monitoring_notice}) and published as a {@link MonitoringEvent} in the same transaction,
 * so it lands in the event publication registry together with the evaluation, or not at all.
 *
 * <p>Several nodes may run the job: each takes the row of {@code job_lock} with
 * {@code SELECT ... FOR UPDATE}; the others wait for its commit, then see that today's run is done.
 */
@Service
public class ReviewCalendar {

    static final String JOB = "review-calendar";
    private static final Logger log = LoggerFactory.getLogger(ReviewCalendar.class);

    private final AgreementRegister register;
    private final Monitoring monitoring;
    private final MonitoringRepository repository;
    private final ApplicationEventPublisher events;
    private final int sunsetNoticeDays;
    private final MonitoringSettings settings;

    ReviewCalendar(AgreementRegister register, Monitoring monitoring, MonitoringRepository repository,
            ApplicationEventPublisher events, MonitoringSettings settings) {
        this.register = register;
        this.monitoring = monitoring;
        this.repository = repository;
        this.events = events;
        this.sunsetNoticeDays = settings.sunsetNoticeDays();
        this.settings = settings;
    }

    /** The daily run (02:15 UTC by default); at most one node runs it per day. */
    @Scheduled(cron = "${pactum.monitoring.review-cron:0 15 2 * * *}", zone = "UTC")
    public void daily() {
        int raised = runOnce(Monitoring.today());
        log.info("Review calendar: {} notices raised", raised);
    }

    /**
     * A node that starts catches up on today's run if no node has done it yet, so that a fresh
     * installation shows its notices at once rather than after the next night.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void catchUp() {
        if (settings.catchUpOnStart()) {
            runOnce(Monitoring.today());
        }
    }

    /** Runs the evaluation for a day unless some node already ran it for that day or a later one. */
    @Transactional
    public int runOnce(LocalDate today) {
        Optional<LocalDate> lastRun = repository.lockJob(JOB);
        if (lastRun.filter(d -> !d.isBefore(today)).isPresent()) {
            return 0;
        }
        int raised = evaluateLocked(today);
        repository.markJobRun(JOB, today, ManagementFactory.getRuntimeMXBean().getName());
        return raised;
    }

    /**
     * Evaluates every clause as of a date, under the job lock but whether or not the day was run
     * already (notices are raised once all the same). Returns the number of notices raised.
     */
    @Transactional
    public int evaluate(LocalDate asOf) {
        repository.lockJob(JOB);
        return evaluateLocked(asOf);
    }

    private int evaluateLocked(LocalDate asOf) {
        int raised = 0;
        for (Agreement agreement : register.operative()) {
            raised += evaluate(agreement, asOf);
        }
        return raised;
    }

    private int evaluate(Agreement agreement, LocalDate asOf) {
        int raised = 0;
        String id = agreement.id();
        LocalDate sunset = agreement.terms().endsOn();
        var sunsetDays = ReviewNotice.daysLeft(sunset, asOf, sunsetNoticeDays);
        if (sunsetDays.isPresent() && repository.takeNotice("sunset:" + id + ":" + sunset)) {
            events.publishEvent(new MonitoringEvent.SunsetNear(id, sunset, sunsetDays.getAsLong()));
            raised++;
        }
        for (Clause clause : agreement.terms().clauses()) {
            if (clause.kind() == ClauseKind.REVIEW) {
                LocalDate due = clause.dueOn().orElseThrow();
                var days = ReviewNotice.daysLeft(due, asOf, clause.noticeDays());
                if (days.isPresent() && repository.takeNotice("review:" + id + ":" + clause.key() + ":" + due)) {
                    events.publishEvent(new MonitoringEvent.ReviewDue(id, clause.key(), clause.title(), due, days.getAsLong()));
                    raised++;
                }
            } else {
                raised += evaluateTrigger(agreement, clause, asOf);
            }
        }
        return raised;
    }

    private int evaluateTrigger(Agreement agreement, Clause clause, LocalDate asOf) {
        String indicator = clause.indicatorCode().orElseThrow();
        String party = clause.partyId().orElseThrow();
        Comparison comparison = clause.comparison().orElseThrow();
        TriggerCondition condition = new TriggerCondition(comparison, clause.threshold().orElseThrow().doubleValue());
        List<TriggerCondition.PeriodFigure> figures = monitoring.currentReports(agreement.id(), indicator, party).stream()
                .filter(r -> !r.periodStart().isAfter(asOf))
                .map(r -> new TriggerCondition.PeriodFigure(r.period(), r.periodStart(),
                        new Actual(r.value().doubleValue(), r.verification())))
                .toList();
        Optional<TriggerCondition.Breach> breach = condition.latestBreach(figures);
        if (breach.isEmpty() || !repository.takeNotice("breach:" + agreement.id() + ":" + clause.key() + ":" + breach.get().period())) {
            return 0;
        }
        TriggerCondition.Breach b = breach.get();
        events.publishEvent(new MonitoringEvent.TriggerBreached(agreement.id(), clause.key(), clause.kind().name(),
                clause.consequence(), indicator, party, b.period(), b.value(), b.comparison().name(), b.threshold(), asOf));
        return 1;
    }
}
