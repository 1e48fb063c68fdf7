package org.pactum.core.grievances;

import java.util.OptionalLong;

/**
 * One published count of a statistics table: either shown, or suppressed because it is below
 * the threshold (or because showing it would let a reader work out a suppressed neighbour).
 */
public record Cell(long count, boolean suppressed) {

    public Cell {
        if (count < 0) {
            throw new IllegalArgumentException("count: cannot be negative, got " + count);
        }
    }

    /** The count as it may be published: empty when suppressed. */
    public OptionalLong published() {
        return suppressed ? OptionalLong.empty() : OptionalLong.of(count);
    }
}
