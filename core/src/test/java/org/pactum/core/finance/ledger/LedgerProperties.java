package org.pactum.core.finance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pactum.core.finance.instrument.FinancingParties;
import org.pactum.core.finance.instrument.Grant;
import org.pactum.core.finance.instrument.InstrumentId;
import org.pactum.core.pool.Money;

/** Whatever is attempted, in whatever order, the ledger's invariants hold and refusals happen exactly when they must. */
class LedgerProperties {

    private static final InstrumentId G = new InstrumentId("G");
    private static final long CEILING = 1_000_000;
    private static final LocalDate DAY = LocalDate.parse("2027-01-01");

    enum Kind { PLEDGE, COMMIT, DISBURSE, DISBURSE_WITH_OVERRIDE, SPEND, REVERSE }

    record Attempt(Kind kind, long cents, int target) {
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(2, Kind.PLEDGE), net.jqwik.api.Tuple.of(4, Kind.COMMIT), net.jqwik.api.Tuple.of(6, Kind.DISBURSE),
                net.jqwik.api.Tuple.of(1, Kind.DISBURSE_WITH_OVERRIDE), net.jqwik.api.Tuple.of(3, Kind.SPEND), net.jqwik.api.Tuple.of(3, Kind.REVERSE));
        return Combinators.combine(kinds, Arbitraries.longs().between(-10, 400_000), Arbitraries.integers().between(0, 40))
                .as(Attempt::new).list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void invariantsHoldAndRefusalsAreExactlyTheRequiredOnes(@ForAll("attempts") List<Attempt> attempts) {
        Ledger ledger = Ledger.of(List.of(new Grant(G, FinancingParties.of("A", "DE", "TN"), new Money(CEILING, "EUR"))));
        boolean overridden = false;
        int n = 0;
        for (Attempt attempt : attempts) {
            String id = "E" + n++;
            Money amount = new Money(attempt.cents(), "EUR");
            LedgerEntry entry = switch (attempt.kind()) {
                case PLEDGE -> Transaction.of(id, G, TransactionType.OUTGOING_PLEDGE, amount, DAY);
                case COMMIT -> Transaction.of(id, G, TransactionType.OUTGOING_COMMITMENT, amount, DAY);
                case DISBURSE -> Transaction.of(id, G, TransactionType.DISBURSEMENT, amount, DAY);
                case DISBURSE_WITH_OVERRIDE -> Transaction.of(id, G, TransactionType.DISBURSEMENT, amount, DAY).overriding("approved");
                case SPEND -> Transaction.expenditure(id, G, amount, DAY, FinalUse.values()[attempt.target() % FinalUse.values().length]);
                case REVERSE -> new Reversal(id, G, "E" + attempt.target(), amount, DAY, "correction");
            };
            Flow before = ledger.flow(G);
            try {
                ledger = ledger.record(entry);
                assertThat(attempt.cents()).isPositive();
                if (attempt.kind() == Kind.DISBURSE) {
                    assertThat(before.disbursed().minorUnits() + attempt.cents()).isLessThanOrEqualTo(before.committed().minorUnits());
                }
                overridden |= attempt.kind() == Kind.DISBURSE_WITH_OVERRIDE;
            } catch (LedgerViolation refused) {
                if (attempt.kind() == Kind.DISBURSE && attempt.cents() > 0) {
                    assertThat(refused.rule()).isEqualTo(LedgerViolation.Rule.DISBURSEMENT_EXCEEDS_COMMITMENT);
                    assertThat(before.disbursed().minorUnits() + attempt.cents()).isGreaterThan(before.committed().minorUnits());
                }
                if (attempt.kind() == Kind.COMMIT && attempt.cents() > 0) {
                    assertThat(before.committed().minorUnits() + attempt.cents()).isGreaterThan(CEILING);
                }
            }
        }
        Flow flow = ledger.flow(G);
        assertThat(flow.committed().minorUnits()).isBetween(0L, CEILING);
        assertThat(flow.disbursed().signum()).isNotNegative();
        assertThat(flow.spent().signum()).isNotNegative();
        if (!overridden) {
            assertThat(flow.committed().isAtLeast(flow.disbursed())).isTrue();
        }
        long spentByUse = ledger.flowsByFinalUse(G).values().stream().mapToLong(f -> f.spent().minorUnits()).sum();
        assertThat(spentByUse).isEqualTo(flow.spent().minorUnits());
        for (LedgerEntry entry : ledger.entries()) {
            assertThat(entry.amount().signum()).isPositive();
            if (entry instanceof Transaction transaction) {
                assertThat(transaction.amount().isAtLeast(ledger.reversedSoFar(transaction))).isTrue();
            }
        }
    }
}
