package org.pactum.server.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pactum.core.compliance.Comparison;
import org.pactum.server.support.RuleViolationException;

/** The life of an agreement, act by act, with the rules that guard each act. */
class AgreementTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 1);

    /** An object mother: a two-party relocation draft with a renegotiation clause. */
    static Agreement draft(boolean withCommitment) {
        List<Commitment> commitments = withCommitment ? List.of(new Commitment("fra", "FRA", "relocation-places",
                new BigDecimal("2000"), "persons", START, START.plusYears(1), Optional.empty(), List.of("relocations"),
                CommitmentStatus.ACTIVE, "")) : List.of();
        Clause trigger = new Clause("shortfall", ClauseKind.RENEGOTIATION_TRIGGER, "Shortfall", "", Optional.empty(), 30,
                Optional.of("relocations"), Optional.of("FRA"), Optional.of(Comparison.BELOW), Optional.of(new BigDecimal("400")),
                "reopen the quotas");
        return Agreement.draft("TEST-1", new AgreementTerms("Test", "relocation", "", START, START.plusYears(2), false,
                List.of(new AgreementParty("DEU", "destination"), new AgreementParty("FRA", "destination")), List.of(trigger),
                commitments));
    }

    private static String ruleOf(Runnable act) {
        try {
            act.run();
        } catch (RuleViolationException e) {
            return e.rule();
        }
        throw new AssertionError("no rule was violated");
    }

    @Test
    void aDraftIsNegotiatedSignedAndEntersIntoForce() {
        Agreement agreement = draft(true);
        agreement.concludeNegotiation(LocalDate.of(2026, 12, 1));
        agreement.sign(LocalDate.of(2026, 12, 15));
        agreement.enterIntoForce(START);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(agreement.signedOn()).contains(LocalDate.of(2026, 12, 15));
        assertThat(agreement.takeEvents()).extracting(e -> ((AgreementEvent.AgreementTransitioned) e).action())
                .containsExactly("conclude-negotiation", "sign", "enter-into-force");
        assertThat(agreement.takeEvents()).isEmpty();
    }

    @Test
    void noEntryIntoForceBeforeSignature() {
        Agreement agreement = draft(true);
        assertThat(ruleOf(() -> agreement.enterIntoForce(START))).isEqualTo("no-entry-into-force-before-signature");
        agreement.concludeNegotiation(LocalDate.of(2026, 12, 1));
        agreement.sign(LocalDate.of(2026, 12, 15));
        assertThat(ruleOf(() -> agreement.enterIntoForce(LocalDate.of(2026, 12, 14))))
                .isEqualTo("no-entry-into-force-before-signature");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SIGNED);
    }

    @Test
    void noPublicationWithoutACommitment() {
        Agreement bare = draft(false);
        assertThat(ruleOf(bare::publish)).isEqualTo("no-publication-without-a-commitment");
        assertThat(bare.published()).isFalse();
        Agreement agreement = draft(true);
        agreement.publish();
        assertThat(agreement.published()).isTrue();
        assertThat(ruleOf(agreement::publish)).isEqualTo("published-once");
    }

    @Test
    void onlyDraftsAreRevisedAndOnlyAgreementsInForceReviewedSuspendedOrRenegotiated() {
        Agreement agreement = draft(true);
        assertThat(ruleOf(() -> agreement.openReview(START, ""))).isEqualTo("review-of-an-agreement-in-force");
        assertThat(ruleOf(() -> agreement.suspend(START, ""))).isEqualTo("suspension-of-an-agreement-in-force");
        agreement.concludeNegotiation(LocalDate.of(2026, 12, 1));
        assertThat(ruleOf(() -> agreement.revise(draft(true).terms()))).isEqualTo("only-drafts-are-revised");
        agreement.sign(LocalDate.of(2026, 12, 15));
        agreement.enterIntoForce(START);
        assertThat(ruleOf(() -> agreement.openRenegotiation("no-such-clause", START, ""))).isEqualTo("renegotiation-needs-a-trigger-clause");
        agreement.openRenegotiation("shortfall", LocalDate.of(2027, 7, 5), "340 < 400");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.UNDER_REVIEW);
        assertThat(agreement.takeEvents()).last().isEqualTo(
                new AgreementEvent.RenegotiationOpened("TEST-1", "shortfall", "340 < 400", LocalDate.of(2027, 7, 5)));
        agreement.suspend(LocalDate.of(2027, 8, 1), "no agreement");
        agreement.resume(LocalDate.of(2027, 9, 1));
        assertThat(ruleOf(() -> agreement.expire(LocalDate.of(2028, 1, 1)))).isEqualTo("expiry-only-at-sunset");
        agreement.expire(START.plusYears(2));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(ruleOf(() -> agreement.terminate(START.plusYears(2), ""))).isEqualTo("termination-of-a-signed-agreement");
    }

    @Test
    void termsRefuseStrangersAndDuplicates() {
        assertThatThrownBy(() -> new AgreementTerms("T", "relocation", "", START, START, false,
                List.of(new AgreementParty("DEU", "donor")), List.of(), List.of())).hasMessageContaining("after it starts");
        assertThatThrownBy(() -> new AgreementTerms("T", "relocation", "", START, START.plusDays(1), false,
                List.of(new AgreementParty("DEU", "donor")), List.of(), List.of(new Commitment("x", "ITA", "relocation-places",
                        BigDecimal.ONE, "persons", START, START.plusDays(1), Optional.empty(), List.of(), null, ""))))
                .hasMessageContaining("not a party");
        assertThat(ruleOf(() -> Agreement.draft("TEST-2", new AgreementTerms("T", "relocation", "", START, START.plusDays(1),
                false, List.of(new AgreementParty("DEU", "donor")), List.of(), List.of())).concludeNegotiation(START)))
                .isEqualTo("negotiation-needs-two-parties");
    }
}
