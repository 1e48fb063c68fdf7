package org.pactum.core.grievances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The grievance rules on worked examples. */
class GrievanceRulesTest {

    @Test
    void aComplaintGoesFromReceiptThroughReferralToResolution() {
        GrievanceStatus status = GrievanceStatus.RECEIVED;
        status = GrievanceLifecycle.next(status, new Transition.StartReview());
        status = GrievanceLifecycle.next(status, new Transition.Refer("DEU", "Reception authority of Bavaria"));
        status = GrievanceLifecycle.next(status, new Transition.Resolve("The heating was repaired on 3 March."));
        assertThat(status).isEqualTo(GrievanceStatus.RESOLVED);
    }

    @Test
    void aClosedComplaintTakesNoFurtherStep() {
        assertThatThrownBy(() -> GrievanceLifecycle.next(GrievanceStatus.REJECTED, new Transition.StartReview()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> GrievanceLifecycle.next(GrievanceStatus.RESOLVED, new Transition.Reject("late")))
                .isInstanceOf(IllegalStateException.class);
        // a complaint cannot be resolved before anyone has looked at it
        assertThat(GrievanceLifecycle.allows(GrievanceStatus.RECEIVED, new Transition.Resolve("done"))).isFalse();
    }

    @Test
    void aRejectionNeedsAReasonAndAResolutionAResponse() {
        assertThatThrownBy(() -> new Transition.Reject(" ")).hasMessage("reason: required");
        assertThatThrownBy(() -> new Transition.Resolve(null)).hasMessage("response: required");
        assertThatThrownBy(() -> new Transition.Refer("DEU", "x".repeat(301))).hasMessageStartingWith("unit: at most 300");
    }

    @Test
    void deadlinesDependOnTheCategory() {
        Instant filed = Instant.parse("2026-03-01T10:00:00Z");
        // detention: 7 days; misuse of funds: 30 days
        assertThat(GrievanceCategory.DETENTION.deadline(filed)).isEqualTo(Instant.parse("2026-03-08T10:00:00Z"));
        assertThat(GrievanceCategory.MISUSE_OF_FUNDS.deadline(filed)).isEqualTo(Instant.parse("2026-03-31T10:00:00Z"));
        Instant due = Instant.parse("2026-03-08T10:00:00Z");
        assertThat(GrievanceLifecycle.overdue(GrievanceStatus.REFERRED, due, due)).isFalse();
        assertThat(GrievanceLifecycle.overdue(GrievanceStatus.REFERRED, due, due.plusSeconds(1))).isTrue();
        assertThat(GrievanceLifecycle.overdue(GrievanceStatus.RESOLVED, due, due.plusSeconds(1))).isFalse();
        assertThat(GrievanceCategory.ofCode("labour-exploitation")).contains(GrievanceCategory.LABOUR_EXPLOITATION);
        assertThat(GrievanceCategory.ofCode("LABOUR_EXPLOITATION")).isEmpty();
    }

    @Test
    void smallCountsAreSuppressedWithTheirComplement() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("detention", 12L);
        counts.put("reception-conditions", 7L);
        counts.put("other", 3L);
        Map<String, Cell> cells = SmallCells.suppress(counts);
        // total 22 is shown; 3 is under 5; alone it would be 22 - 12 - 7, so 7 (the smallest shown) goes too
        assertThat(cells.get("other").suppressed()).isTrue();
        assertThat(cells.get("reception-conditions").suppressed()).isTrue();
        assertThat(cells.get("detention").published()).hasValue(12);

        Map<String, Long> tiny = Map.of("detention", 2L, "other", 1L);
        assertThat(SmallCells.suppress(tiny).values()).allMatch(Cell::suppressed);
        assertThat(SmallCells.total(3).suppressed()).isTrue();
        assertThat(SmallCells.total(5).published()).hasValue(5);
    }

    @Test
    void theMedianNeedsFiveResolutions() {
        assertThat(Medians.medianResolution(List.of(Duration.ofDays(1), Duration.ofDays(2)))).isEmpty();
        // 1, 2, 3, 10, 40 days -> 3 days
        assertThat(Medians.medianResolution(List.of(Duration.ofDays(40), Duration.ofDays(1), Duration.ofDays(10), Duration.ofDays(3),
                Duration.ofDays(2)))).contains(Duration.ofDays(3));
        // 1, 2, 3, 4, 10, 40 days -> halfway between 3 and 4 = 3.5 days = 84 hours
        assertThat(Medians.medianResolution(List.of(Duration.ofDays(40), Duration.ofDays(1), Duration.ofDays(10), Duration.ofDays(3),
                Duration.ofDays(2), Duration.ofDays(4)))).contains(Duration.ofHours(84));
    }

    @Test
    void receiptCodesAreReadAsTyped() {
        ReceiptCode code = ReceiptCode.generate(new Random(7));
        assertThat(code.value()).matches("[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(ReceiptCode.parse(" " + code.value().toLowerCase().replace("-", " ") + " ")).contains(code);
        // O is read as zero, I and L as one
        assertThat(ReceiptCode.parse("ABCDO-IL000-11111-22222")).contains(new ReceiptCode("ABCD0-11000-11111-22222"));
        assertThat(ReceiptCode.parse("ABCD")).isEmpty();
        assertThat(ReceiptCode.parse("ABCDU-11000-11111-22222")).isEmpty();
        assertThat(ReceiptCode.parse("<script>alert(1)</script>")).isEmpty();
        assertThat(code.toString()).doesNotContain(code.value());
        // SHA-256 of "00000-00000-00000-00000", computed independently with: printf %s 00000-00000-00000-00000 | sha256sum
        assertThat(java.util.HexFormat.of().formatHex(new ReceiptCode("00000-00000-00000-00000").digest()))
                .isEqualTo(SHA_OF_ZEROS);
    }

    static final String SHA_OF_ZEROS = "cbecad02892b68102f59df91f7a7d9531b7b27d2e40824a697359222405ccda7";
}
