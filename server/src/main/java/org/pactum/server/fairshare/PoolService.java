package org.pactum.server.fairshare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.pactum.core.apportionment.ApportionmentMethod;
import org.pactum.core.fairshare.Criterion;
import org.pactum.core.fairshare.DistributionKey;
import org.pactum.core.fairshare.FairShares;
import org.pactum.core.fairshare.KeyValidationException;
import org.pactum.core.fairshare.StateCode;
import org.pactum.core.pool.Deduction;
import org.pactum.core.pool.IndicativeContribution;
import org.pactum.core.pool.Money;
import org.pactum.core.pool.Pledge;
import org.pactum.core.pool.PledgeAssessment;
import org.pactum.core.pool.PledgePosition;
import org.pactum.core.pool.PoolSpec;
import org.pactum.core.pool.SolidarityPool;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.fairshare.FairShareRejected.Problem;
import org.pactum.server.fairshare.internal.PoolRepository;
import org.pactum.server.fairshare.internal.PoolRepository.StoredPool;
import org.pactum.server.fairshare.internal.ReferenceIndicatorData;
import org.pactum.server.identity.CurrentMember;
import org.pactum.server.identity.Member;
import org.pactum.server.reference.Country;
import org.pactum.server.reference.ReferenceCatalog;
import org.pactum.server.support.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Solidarity pools (Regulation (EU) 2024/1351, Arts. 12, 56–57, 60 and 63): sets them up, works
 * out each contributing state's indicative contribution from the key and data year stored with
 * the pool, records pledges (by the state's own analysts or an administrator) and shows the gaps.
 */
@Service
public class PoolService {

    private final PoolRepository pools;
    private final FairShareCalculator calculator;
    private final ReferenceIndicatorData indicatorData;
    private final ReferenceCatalog catalog;
    private final CurrentMember currentMember;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    PoolService(PoolRepository pools, FairShareCalculator calculator, ReferenceIndicatorData indicatorData,
            ReferenceCatalog catalog, CurrentMember currentMember, AuditTrail audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.pools = pools;
        this.calculator = calculator;
        this.indicatorData = indicatorData;
        this.catalog = catalog;
        this.currentMember = currentMember;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<String> poolIds() {
        return pools.ids();
    }

    /** Sets up a pool after checking that its contributions can be computed; nothing is stored otherwise. */
    @Transactional
    public PoolView create(PoolCommand command) {
        List<Problem> problems = new ArrayList<>();
        String id = command.id() == null || command.id().isBlank() ? slug(command.name()) : command.id().strip();
        if (!id.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            problems.add(new Problem("id", "must be 2 to 40 lower-case letters, digits or dashes, was '" + id + "'"));
        } else if (pools.exists(id)) {
            problems.add(new Problem("id", "a pool '" + id + "' already exists"));
        }
        if (command.name() == null || command.name().isBlank()) {
            problems.add(new Problem("name", "a pool needs a name"));
        }
        if (command.relocationReference() < 0 || command.relocationReference() > FairShareRequest.MAX_TOTAL) {
            problems.add(new Problem("relocationReference", "must be between 0 and 1,000,000,000, was " + command.relocationReference()));
        }
        if (command.financialReferenceEuros() < 0) {
            problems.add(new Problem("financialReferenceEuros", "must not be negative"));
        }
        if (command.equivalenceRateEuros() <= 0) {
            problems.add(new Problem("equivalenceRateEuros", "must be positive"));
        }
        if (ApportionmentMethod.byName(command.method()).isEmpty()) {
            problems.add(new Problem("method", "'" + command.method() + "' is not an apportionment method"));
        }
        List<String> memberCodes = command.members().isEmpty() ? calculator.euMembers() : command.members();
        List<StateCode> members = states("members", memberCodes, problems);
        List<StateCode> benefitting = states("benefitting", command.benefitting(), problems);
        SortedMap<StateCode, Deduction> deductions = new TreeMap<>();
        for (Map.Entry<String, String> entry : command.deductions().entrySet()) {
            List<StateCode> state = states("deductions", List.of(entry.getKey()), problems);
            try {
                BigDecimal fraction = new BigDecimal(entry.getValue().strip());
                state.forEach(s -> deductions.put(s, Deduction.partial(fraction)));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("deductions." + entry.getKey(), "must be a fraction above 0 and at most 1, was '"
                        + entry.getValue() + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new FairShareRejected(problems);
        }
        StoredPool pool = new StoredPool(id, command.name().strip(), command.relocationReference(),
                Money.euros(command.financialReferenceEuros()), Money.euros(command.equivalenceRateEuros()), command.key(),
                command.dataYear(), command.method(), members, benefitting, deductions, "");
        Computed computed;
        try {
            computed = compute(pool);
        } catch (IllegalArgumentException e) {
            throw new FairShareRejected("pool", e.getMessage());
        }
        StoredPool stored = new StoredPool(pool.id(), pool.name(), pool.relocationReference(), pool.financialReference(),
                pool.equivalenceRate(), pool.key(), pool.dataYear(), pool.method(), pool.members(), pool.benefitting(),
                pool.deductions(), String.join("\n", computed.sources()));
        pools.insert(stored, audit.currentActor());
        java.util.Map<String, Long> contributions = new java.util.TreeMap<>();
        computed.pool().contributions().forEach(c -> contributions.put(c.state().iso3(), c.due()));
        events.publishEvent(new PoolEvent.PoolEstablished(id, stored.name(), stored.relocationReference(),
                stored.financialReference().minorUnits(), stored.financialReference().currency(), stored.key(),
                stored.dataYear(), stored.method(), contributions));
        audit.record("pool.create", "pool " + id, command.name() + ": " + command.relocationReference() + " relocations, key "
                + command.key() + " on " + command.dataYear() + " data, " + command.method());
        return view(stored, computed, List.of());
    }

    @Transactional(readOnly = true)
    public Optional<PoolView> pool(String id) {
        return pools.find(id).map(pool -> view(pool, compute(pool), pools.pledges(id)));
    }

    /** Records a state's pledge, replacing its previous one. Only that state's analysts or an administrator may. */
    @Transactional
    public PoolView pledge(String poolId, String stateCode, PledgeCommand command) {
        StoredPool pool = pools.find(poolId).orElseThrow(() -> new NotFoundException("pool", poolId));
        String iso3 = stateCode.toUpperCase(Locale.ROOT);
        Member member = currentMember.get().orElseThrow(() -> new AccessDeniedException("Sign in to pledge"));
        if (!member.mayActFor(iso3)) {
            throw new AccessDeniedException(member.username() + " may not pledge for " + iso3);
        }
        StateCode state = StateCode.of(iso3);
        if (!pool.members().contains(state) || pool.benefitting().contains(state)) {
            throw new FairShareRejected("state", iso3 + " is not a contributing state of pool " + poolId);
        }
        String currency = command.currency() == null || command.currency().isBlank() ? pool.financialReference().currency()
                : command.currency().strip().toUpperCase(Locale.ROOT);
        List<Problem> problems = new ArrayList<>();
        if (!isCurrency(currency)) {
            problems.add(new Problem("currency", "'" + command.currency() + "' is not an ISO 4217 currency code"));
        } else if (!currency.equals(pool.financialReference().currency())) {
            problems.add(new Problem("currency", "pledges to this pool are in " + pool.financialReference().currency()
                    + ", not " + currency));
        }
        if (command.relocations() < 0) {
            problems.add(new Problem("relocations", "must not be negative"));
        }
        long financial = minorUnits("financial", command.financial(), problems);
        long alternative = minorUnits("alternativeMeasures", command.alternativeMeasures(), problems);
        if (!problems.isEmpty()) {
            throw new FairShareRejected(problems);
        }
        Pledge pledge = new Pledge(state, command.relocations(), new Money(financial, currency), new Money(alternative, currency));
        pools.savePledge(poolId, pledge, member.username());
        events.publishEvent(new PoolEvent.PledgeRecorded(poolId, iso3, pledge.relocations(), pledge.financial().minorUnits(),
                pledge.alternativeMeasures().minorUnits(), currency));
        audit.record("pool.pledge", "pool " + poolId + " state " + iso3, command.relocations() + " relocations, "
                + pledge.financial() + " financial, " + pledge.alternativeMeasures() + " alternative measures");
        return view(pool, compute(pool), pools.pledges(poolId));
    }

    private record Computed(SolidarityPool pool, List<String> sources) {
    }

    private Computed compute(StoredPool stored) {
        PoolSpec spec = PoolSpec.of(stored.name(), stored.relocationReference(), stored.financialReference(), stored.members())
                .withBenefitting(stored.benefitting()).withEquivalenceRate(stored.equivalenceRate());
        for (Map.Entry<StateCode, Deduction> deduction : stored.deductions().entrySet()) {
            spec = spec.withDeduction(deduction.getKey(), deduction.getValue());
        }
        DistributionKey key = DistributionKey.published(stored.key())
                .orElseThrow(() -> new FairShareRejected("key", "'" + stored.key() + "' is not a published key"));
        ReferenceIndicatorData.Loaded loaded = indicatorData.load(key.criteria().stream().map(Criterion::indicator).toList(),
                spec.contributing(), stored.dataYear());
        FairShares shares;
        try {
            shares = key.compute(spec.participants(), loaded.data());
        } catch (KeyValidationException e) {
            throw new FairShareRejected(e.problems().stream().map(p -> new Problem(
                    p.state().map(StateCode::iso3).orElse("key"), p.message())).toList());
        }
        ApportionmentMethod method = ApportionmentMethod.byName(stored.method()).orElseThrow();
        return new Computed(SolidarityPool.establish(spec, shares, method), loaded.sources());
    }

    private PoolView view(StoredPool stored, Computed computed, List<Pledge> pledges) {
        SolidarityPool pool = computed.pool();
        PledgeAssessment assessment = pool.assess(pledges);
        List<PoolView.StateLine> lines = new ArrayList<>();
        for (IndicativeContribution c : pool.contributions()) {
            PledgePosition position = assessment.of(c.state()).orElseThrow();
            lines.add(new PoolView.StateLine(c.state().iso3(), name(c.state()), c.share(), c.quota(), c.fairShare(),
                    c.fairShareMoney().minorUnits(), c.deduction().map(Deduction::fraction).orElse(BigDecimal.ZERO),
                    c.deducted(), c.due(), c.dueMoney().minorUnits(), position.pledge().relocations(),
                    position.pledge().financial().minorUnits(), position.pledge().alternativeMeasures().minorUnits(),
                    position.pledgedValue().minorUnits(), position.gap().minorUnits(),
                    position.gapInRelocations().setScale(2, RoundingMode.HALF_UP), position.offsetThresholdMet()));
        }
        return new PoolView(stored.id(), stored.name(), stored.relocationReference(), stored.financialReference().minorUnits(),
                stored.financialReference().currency(), stored.equivalenceRate().minorUnits(), stored.key(), stored.dataYear(),
                stored.method(), stored.members().stream().map(StateCode::iso3).toList(),
                stored.benefitting().stream().map(StateCode::iso3).toList(), lines, pool.totalFairShare(), pool.totalDue(),
                assessment.relocationsPledged(), assessment.totalPledgedValue().minorUnits(),
                assessment.unionGap().minorUnits(), assessment.unionGapInRelocations().setScale(2, RoundingMode.HALF_UP),
                assessment.unionRelocationThresholdMet(),
                assessment.statesMeetingOffsetThreshold().stream().map(StateCode::iso3).toList(), computed.sources());
    }

    private String name(StateCode state) {
        return catalog.country(state.iso3()).map(Country::name).orElse(state.iso3());
    }

    private List<StateCode> states(String field, List<String> codes, List<Problem> problems) {
        return new ArrayList<>(calculator.states(field, codes, problems));
    }

    private static long minorUnits(String field, String amount, List<Problem> problems) {
        if (amount == null || amount.isBlank()) {
            return 0;
        }
        try {
            BigDecimal value = new BigDecimal(amount.strip());
            if (value.signum() < 0) {
                problems.add(new Problem(field, "must not be negative, was " + amount));
                return 0;
            }
            return value.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            problems.add(new Problem(field, "must be an amount with at most two decimals, was '" + amount + "'"));
            return 0;
        }
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String slug(String name) {
        String slug = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
    }
}
