package org.pactum.core.corridors;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.pactum.core.corridors.RelationshipBalance.Kind;
import org.pactum.core.corridors.Undertaking.Side;

class RelationshipBalanceTest {

    @Test
    void whatEachSideGivesIsWhatTheOtherGets() {
        // Shaped like the EU-Türkiye demo seen as DEU-TUR: DEU resettles, TUR readmits, the Commission pays.
        RelationshipBalance balance = RelationshipBalance.of(List.of(
                new Undertaking(Side.A, "X", "resettlement-places", new BigDecimal("72000"), "persons"),
                new Undertaking(Side.B, "X", "returns-accepted", new BigDecimal("5000"), "persons"),
                new Undertaking(Side.THIRD_PARTY, "X", "financial-contribution", new BigDecimal("6000000000"), "EUR"),
                new Undertaking(Side.A, "Y", "resettlement-places", new BigDecimal("1000"), "persons")));
        assertThat(balance.givenByA()).containsExactly(
                java.util.Map.entry(new Kind("resettlement-places", "persons"), new BigDecimal("73000")));
        assertThat(balance.receivedByB()).isEqualTo(balance.givenByA());
        assertThat(balance.receivedByA()).containsEntry(new Kind("returns-accepted", "persons"), new BigDecimal("5000"));
        assertThat(balance.givenByThirdParties()).containsEntry(new Kind("financial-contribution", "EUR"),
                new BigDecimal("6000000000"));
        assertThat(balance.oneSided()).isFalse();
    }

    @Test
    void aRelationshipWhereOnlyOneSideCommitsIsOneSided() {
        RelationshipBalance balance = RelationshipBalance.of(List.of(
                new Undertaking(Side.B, "X", "returns-accepted", new BigDecimal("500"), "persons")));
        assertThat(balance.oneSided()).isTrue();
        assertThat(balance.sideGivingWithoutReturn()).contains(Side.B);
        assertThat(RelationshipBalance.of(List.of()).empty()).isTrue();
        assertThat(RelationshipBalance.of(List.of()).oneSided()).isFalse();
    }

    @Test
    void quantitiesInDifferentUnitsAreNeverAdded() {
        RelationshipBalance balance = RelationshipBalance.of(List.of(
                new Undertaking(Side.A, "X", "financial-contribution", new BigDecimal("10"), "EUR"),
                new Undertaking(Side.A, "Y", "financial-contribution", new BigDecimal("10"), "USD")));
        assertThat(balance.givenByA()).hasSize(2);
    }

    /** Law: the totals of every side together equal the sum of all undertakings, per kind. */
    @Property
    void nothingIsLostOrCountedTwice(@ForAll("undertakings") List<Undertaking> undertakings) {
        RelationshipBalance balance = RelationshipBalance.of(undertakings);
        BigDecimal all = undertakings.stream().map(Undertaking::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal counted = java.util.stream.Stream.of(balance.givenByA(), balance.givenByB(), balance.givenByThirdParties())
                .flatMap(m -> m.values().stream()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(counted).isEqualByComparingTo(all);
        assertThat(balance.receivedByA()).isEqualTo(balance.givenByB());
        assertThat(balance.receivedByB()).isEqualTo(balance.givenByA());
    }

    @Provide
    Arbitrary<List<Undertaking>> undertakings() {
        Arbitrary<Undertaking> one = Combinators.combine(
                Arbitraries.of(Side.class),
                Arbitraries.of("work-visas", "returns-accepted", "financial-contribution"),
                Arbitraries.longs().between(0, 1_000_000_000L),
                Arbitraries.of("persons", "EUR", "visas"))
                .as((side, type, quantity, unit) -> new Undertaking(side, "AGR", type, BigDecimal.valueOf(quantity), unit));
        return one.list().ofMaxSize(20);
    }
}
