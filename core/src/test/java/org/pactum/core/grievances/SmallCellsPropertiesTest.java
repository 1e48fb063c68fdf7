package org.pactum.core.grievances;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Laws of small-cell suppression that must hold for every table of counts. */
class SmallCellsPropertiesTest {

    private static Map<Integer, Long> table(List<Long> counts) {
        Map<Integer, Long> table = new LinkedHashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            table.put(i, counts.get(i));
        }
        return table;
    }

    /** No published cell is under five. */
    @Property
    void noShownCellIsUnderFive(@ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 40) Long> counts) {
        SmallCells.suppress(table(counts)).values().forEach(cell ->
                cell.published().ifPresent(shown -> assertThat(shown).isGreaterThanOrEqualTo(SmallCells.THRESHOLD)));
    }

    /** Every cell under five is suppressed, and the suppression never changes a count. */
    @Property
    void everySmallCellIsSuppressed(@ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 40) Long> counts) {
        Map<Integer, Cell> cells = SmallCells.suppress(table(counts));
        for (int i = 0; i < counts.size(); i++) {
            assertThat(cells.get(i).count()).isEqualTo(counts.get(i));
            if (counts.get(i) < 5) {
                assertThat(cells.get(i).suppressed()).isTrue();
            }
        }
    }

    /** With the total shown, a suppressed cell never stands alone: subtraction cannot reveal it. */
    @Property
    void aSuppressedCellCannotBeWorkedOutFromTheTotal(
            @ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 40) Long> counts) {
        long total = counts.stream().mapToLong(Long::longValue).sum();
        Map<Integer, Cell> cells = SmallCells.suppress(table(counts));
        long hidden = cells.values().stream().filter(Cell::suppressed).count();
        if (SmallCells.total(total).published().isPresent()) {
            assertThat(hidden).isNotEqualTo(1);
        }
    }
}
