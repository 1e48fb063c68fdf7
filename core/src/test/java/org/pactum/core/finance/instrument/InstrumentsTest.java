package org.pactum.core.finance.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.core.pool.Money;

class InstrumentsTest {

    private final FinancingParties parties = FinancingParties.of("AGR-2026-07", "DE", "TN").implementedBy("IOM");

    @Test
    void everyKindStatesWhatTheDonorCanBeAskedToPay() {
        List<Instrument> plan = List.of(
                new Grant(new InstrumentId("G-1"), parties, Money.euros(6_000_000)),
                new ConcessionalLoan(new InstrumentId("L-1"), parties, Money.euros(20_000_000), LoanTerms.equalPrincipal("0.0075", 10, 30, 2)),
                new ReimbursableGrant(new InstrumentId("R-1"), parties, Money.euros(2_000_000), new BigDecimal("0.25"),
                        "the labour-mobility scheme earns placement fees", LocalDate.parse("2030-12-31")),
                new Guarantee(new InstrumentId("GU-1"), parties, Money.euros(50_000_000), new BigDecimal("0.5"),
                        "default of the partner state's development bank on the reception-centre loan"),
                new BudgetSupport(new InstrumentId("B-1"), parties, Money.euros(10_000_000), BudgetSupport.Scope.SECTOR));
        assertThat(plan).extracting(Instrument::amount).containsExactly(
                Money.euros(6_000_000), Money.euros(20_000_000), Money.euros(2_000_000), Money.euros(25_000_000), Money.euros(10_000_000));
        assertThat(plan).extracting(Instrument::kind).containsExactly(
                "grant", "concessional loan", "reimbursable grant", "risk-sharing guarantee", "sector budget support");
        // 25 % of EUR 2,000,000 = EUR 500,000
        assertThat(((ReimbursableGrant) plan.get(2)).reimbursableAmount()).isEqualTo(Money.euros(500_000));
    }

    @Test
    void sharesRoundHalfEvenToTheMinorUnit() {
        // 10,001 cents × 0.3333 = 3,333.3333 → 3,333 cents; 3 cents × 0.5 = 1.5 → 2; 5 cents × 0.5 = 2.5 → 2
        assertThat(guarantee(new Money(10_001, "EUR"), "0.3333").amount()).isEqualTo(new Money(3_333, "EUR"));
        assertThat(guarantee(new Money(3, "EUR"), "0.5").amount()).isEqualTo(new Money(2, "EUR"));
        assertThat(guarantee(new Money(5, "EUR"), "0.5").amount()).isEqualTo(new Money(2, "EUR"));
        assertThat(guarantee(Money.euros(1), "1").kind()).isEqualTo("guarantee");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new Grant(new InstrumentId("G"), parties, Money.euros(0))).hasMessageStartingWith("amount");
        assertThatThrownBy(() -> guarantee(Money.euros(1), "1.2")).hasMessageStartingWith("coverageShare");
        assertThatThrownBy(() -> guarantee(Money.euros(1), "0")).hasMessageStartingWith("coverageShare");
        assertThatThrownBy(() -> new Guarantee(new InstrumentId("GU"), parties, Money.euros(1), BigDecimal.ONE, " "))
                .hasMessageStartingWith("triggerEvent");
        assertThatThrownBy(() -> FinancingParties.of("AGR", "DE", "DE")).hasMessageStartingWith("recipient");
        assertThatThrownBy(() -> FinancingParties.of("", "DE", "TN")).hasMessageStartingWith("agreement");
        assertThatThrownBy(() -> new InstrumentId(" G")).hasMessageStartingWith("instrumentId");
    }

    private Guarantee guarantee(Money exposure, String share) {
        return new Guarantee(new InstrumentId("GU"), parties, exposure, new BigDecimal(share), "default");
    }
}
