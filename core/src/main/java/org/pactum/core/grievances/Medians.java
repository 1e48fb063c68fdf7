package org.pactum.core.grievances;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The median time a complaint took from filing to resolution, published only over enough complaints. */
public final class Medians {

    private Medians() {
    }

    /**
     * The median of the durations: the middle one, or halfway between the two middle ones
     * (rounded down to the second). Empty when there are fewer than {@link SmallCells#THRESHOLD}:
     * the median of two or three complaints describes those complaints.
     */
    public static Optional<Duration> medianResolution(List<Duration> durations) {
        if (durations.size() < SmallCells.THRESHOLD) {
            return Optional.empty();
        }
        long[] seconds = durations.stream().mapToLong(d -> {
            if (d.isNegative()) {
                throw new IllegalArgumentException("durations: a complaint cannot be resolved before it is filed (" + d + ")");
            }
            return d.getSeconds();
        }).sorted().toArray();
        int n = seconds.length;
        long median = n % 2 == 1 ? seconds[n / 2] : seconds[n / 2 - 1] + (seconds[n / 2] - seconds[n / 2 - 1]) / 2;
        return Optional.of(Duration.ofSeconds(median));
    }
}
