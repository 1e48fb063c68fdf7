package org.pactum.server.warning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pactum.core.forecast.Forecaster;
import org.pactum.core.forecast.SurgeRule;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.identity.CurrentMember;
import org.pactum.server.identity.Member;
import org.pactum.server.identity.Role;
import org.pactum.server.register.PublicRegister;
import org.pactum.server.support.NotFoundException;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.pactum.server.support.UnprocessableException;
import org.pactum.server.warning.internal.WarningRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The surge rules and the alerts they raise. Evaluating the rules forecasts each watched series (or
 * a scenario of it) and raises an alert for each rule that fires, at most once per rule, basis and
 * month of data. Each alert is stored, audited and announced as a {@link SurgeAlertRaised} event
 * (which reaches the surge clauses of agreements), all in one transaction. Only alerts on the
 * forecast itself are published in the public register: an alert of a hypothetical scenario is a
 * result of that exercise, shown with its scenario, not a public fact about arrivals.
 */
@Service
public class SurgeWatch {

    /** The kind of a surge alert's entry in the public register. */
    public static final String REGISTER_KIND = "surge-alert";
    /** How an alert on the plain forecast names its basis. */
    public static final String FORECAST = "forecast";

    private final WarningRepository repository;
    private final EarlyWarning forecasts;
    private final PublicRegister register;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CurrentMember currentMember;
    private final Clock clock = Clock.systemUTC();

    SurgeWatch(WarningRepository repository, EarlyWarning forecasts, PublicRegister register, AuditTrail audit,
            ApplicationEventPublisher events, CurrentMember currentMember) {
        this.repository = repository;
        this.forecasts = forecasts;
        this.register = register;
        this.audit = audit;
        this.events = events;
        this.currentMember = currentMember;
    }

    @Transactional(readOnly = true)
    public List<SurgeRuleDefinition> rules() {
        return repository.rules();
    }

    @Transactional(readOnly = true)
    public PageSlice<SurgeAlert> alerts(PageRequest page) {
        return repository.alerts(page);
    }

    @Transactional(readOnly = true)
    public Optional<SurgeAlert> alert(long id) {
        return repository.alert(id);
    }

    /** Defines a surge rule (analysts and administrators); 422 naming the field for bad content. */
    @Transactional
    public SurgeRuleDefinition define(SurgeRuleRequest request) {
        requireAnalystOrAdmin("define surge rules");
        if (request == null) {
            throw new UnprocessableException("body", "a surge rule is required");
        }
        if (request.id() == null || !request.id().matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw new UnprocessableException("id", "must be 1 to 60 lower-case letters, digits or '-'");
        }
        if (repository.rule(request.id()).isPresent()) {
            throw new UnprocessableException("id", "a surge rule '" + request.id() + "' exists already");
        }
        String series = request.series() == null ? "" : request.series();
        SeriesInfo info = forecasts.info(series).orElseThrow(() -> new UnprocessableException("series", "no series '" + series + "'"));
        SurgeRuleKind kind;
        try {
            kind = SurgeRuleKind.valueOf(String.valueOf(request.kind()));
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException("kind", "must be UPPER_BOUND or YEAR_ON_YEAR, was '" + request.kind() + "'");
        }
        if (request.threshold() == null || request.threshold().signum() <= 0 || request.threshold().compareTo(BigDecimal.valueOf(100_000_000)) > 0) {
            throw new UnprocessableException("threshold", "must be above 0 and at most 100,000,000");
        }
        int horizon = request.horizon() == null ? 6 : request.horizon();
        if (horizon < 1 || horizon > Forecaster.MAX_HORIZON) {
            throw new UnprocessableException("horizon", "must be between 1 and " + Forecaster.MAX_HORIZON + " months, was " + horizon);
        }
        List<String> destinations = request.destinations() == null || request.destinations().isEmpty() ? info.route().destinations()
                : request.destinations();
        for (int i = 0; i < destinations.size(); i++) {
            if (destinations.get(i) == null || !destinations.get(i).matches("[A-Z]{3}")) {
                throw new UnprocessableException("destinations[" + i + "]", "must be an ISO 3166 alpha-3 code");
            }
        }
        SurgeRuleDefinition rule = new SurgeRuleDefinition(request.id(), series, kind, request.threshold().stripTrailingZeros(), horizon,
                destinations, audit.currentActor(), clock.instant());
        repository.insertRule(rule);
        audit.record("define-surge-rule", "surge-rule/" + rule.id(), rule.seriesId() + " " + kind + " " + rule.threshold().toPlainString()
                + " within " + horizon + " months; destinations " + destinations);
        return rule;
    }

    /**
     * Evaluates the rules on the current forecasts (analysts and administrators), or on a scenario:
     * then only the rules on the scenario's route, whose forecasts are scaled by it. Returns the
     * alerts raised now (a rule that already raised an alert on the same basis and data raises none).
     */
    @Transactional
    public List<SurgeAlert> evaluate(Optional<Scenario> scenario) {
        requireAnalystOrAdmin("raise surge alerts");
        List<SurgeAlert> raised = new ArrayList<>();
        for (SurgeRuleDefinition rule : repository.rules()) {
            Optional<SeriesInfo> info = forecasts.info(rule.seriesId());
            if (info.isEmpty() || scenario.filter(s -> s.route() != info.get().route()).isPresent()) {
                continue;
            }
            double factor = scenario.map(Scenario::factor).orElse(1.0);
            String basis = scenario.map(Scenario::basis).orElse(FORECAST);
            String dataUntil = info.get().last().toString();
            if (repository.alertExists(rule.id(), basis, dataUntil)) {
                continue;
            }
            Forecaster.SeriesForecast forecast = forecasts.coreForecast(rule.seriesId(), rule.horizon(), factor);
            Optional<SurgeRule.Signal> signal = rule.rule().evaluate(forecast);
            if (signal.isPresent()) {
                raised.add(raise(rule, info.get(), basis, dataUntil, forecast, signal.get()));
            }
        }
        return raised;
    }

    private SurgeAlert raise(SurgeRuleDefinition rule, SeriesInfo info, String basis, String dataUntil,
            Forecaster.SeriesForecast forecast, SurgeRule.Signal signal) {
        String target = info.last().plusMonths(signal.horizon()).toString();
        BigDecimal value = BigDecimal.valueOf(signal.value()).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        BigDecimal threshold = BigDecimal.valueOf(signal.threshold()).stripTrailingZeros();
        String explanation = info.label() + ": " + signal.explanation() + (basis.equals(FORECAST) ? "" : " (" + basis + ")");
        Instant now = clock.instant();
        String actor = audit.currentActor();
        long id = repository.insertAlert(rule.id(), rule.seriesId(), basis, dataUntil, target, value, threshold, explanation,
                rule.destinations(), actor, now);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("alert", id);
        payload.put("rule", rule.id());
        payload.put("series", rule.seriesId());
        payload.put("kind", rule.kind().name());
        payload.put("basis", basis);
        payload.put("dataUntil", dataUntil);
        payload.put("month", target);
        payload.put("value", value.toPlainString());
        payload.put("threshold", threshold.toPlainString());
        payload.put("destinations", rule.destinations());
        payload.put("explanation", explanation);
        payload.put("source", info.source() + ", " + info.edition() + " (" + info.licence() + ")");
        if (basis.equals(FORECAST)) {
            register.publish(REGISTER_KIND, SurgeAlert.registerSubject(id), payload);
        }
        audit.record("raise-surge-alert", SurgeAlert.registerSubject(id), explanation);
        events.publishEvent(new SurgeAlertRaised(id, rule.id(), rule.seriesId(), info.route().code(), rule.destinations(), basis, target,
                signal.value(), signal.threshold(), explanation, LocalDate.ofInstant(now, ZoneOffset.UTC)));
        return new SurgeAlert(id, rule.id(), rule.seriesId(), basis, dataUntil, target, value, threshold, explanation,
                rule.destinations(), actor, now);
    }

    private void requireAnalystOrAdmin(String what) {
        Member member = currentMember.get().orElseThrow(() -> new AccessDeniedException("Sign in to " + what));
        if (member.role() != Role.ADMIN && member.role() != Role.ANALYST) {
            throw new AccessDeniedException("Only analysts and administrators " + what);
        }
    }

    /** Looks up an alert for a client; 404 when there is none. */
    public SurgeAlert requireAlert(long id) {
        return alert(id).orElseThrow(() -> new NotFoundException("surge alert", String.valueOf(id)));
    }
}
