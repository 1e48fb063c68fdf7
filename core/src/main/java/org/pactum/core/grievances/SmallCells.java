package org.pactum.core.grievances;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell suppression of the public grievance statistics. A count under {@value #THRESHOLD}
 * (zero included: "none" in a small place is a fact about the people there too) is not shown.
 * When a table shows its total and exactly one of its cells is suppressed, that cell could be
 * worked out by subtraction, so the smallest shown cell is suppressed as well (complementary
 * suppression); a total under the threshold hides the whole table.
 */
public final class SmallCells {

    /** The smallest count that may be published. */
    public static final int THRESHOLD = 5;

    private SmallCells() {
    }

    public static boolean publishable(long count) {
        return count >= THRESHOLD;
    }

    /**
     * The cells of one table (one dimension: counts by category, or by agreement, or by month),
     * in the order given, each shown or suppressed.
     */
    public static <K> Map<K, Cell> suppress(Map<K, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<K, Cell> cells = new LinkedHashMap<>();
        counts.forEach((key, count) -> cells.put(key, new Cell(count, !publishable(count) || !publishable(total))));
        long hidden = cells.values().stream().filter(Cell::suppressed).count();
        if (hidden == 1 && publishable(total)) {
            List<K> shown = cells.entrySet().stream().filter(e -> !e.getValue().suppressed())
                    .sorted(Comparator.comparingLong(e -> e.getValue().count())).map(Map.Entry::getKey).toList();
            if (!shown.isEmpty()) {
                K smallest = shown.get(0);
                cells.put(smallest, new Cell(cells.get(smallest).count(), true));
            }
        }
        return cells;
    }

    /** The total of a table as it may be published. */
    public static Cell total(long total) {
        return new Cell(total, !publishable(total));
    }
}
