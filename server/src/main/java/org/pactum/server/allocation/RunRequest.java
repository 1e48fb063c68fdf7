package org.pactum.server.allocation;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What an allocation officer asks for: the method, the solver's time limit, how ties to a
 * destination count (a hard rule, or a bonus added to the score there), for dynamic mode the number
 * of weekly batches (by default 52, or one per household when there are fewer), and optionally
 * quotas taken from a solidarity pool.
 */
public record RunRequest(AllocationMode mode, Duration timeLimit, Ties ties, Optional<Integer> weeks, Optional<PoolQuota> poolQuota) {

    public RunRequest {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(timeLimit, "time limit");
        Objects.requireNonNull(ties, "ties");
        weeks = weeks == null ? Optional.empty() : weeks;
        poolQuota = poolQuota == null ? Optional.empty() : poolQuota;
    }

    /** Ties as a hard rule, or weighted with a bonus in [0, 1]. */
    public record Ties(boolean hard, double bonus) {
        public Ties {
            if (!(bonus >= 0 && bonus <= 1)) {
                throw new IllegalArgumentException("the bonus of a tie is between 0 and 1, was " + bonus);
            }
        }
    }

    /**
     * Quotas from a solidarity pool: for every destination whose id is a state of the pool (its ISO 3166
     * alpha-3 code), the state's persons figure on {@code basis} becomes the quota maximum.
     */
    public record PoolQuota(String pool, Basis basis) {
        public PoolQuota {
            Objects.requireNonNull(pool, "pool");
            Objects.requireNonNull(basis, "basis");
        }
    }

    /** Which figure of a pool sets the maximum: the relocations a state pledged, or its fair share due. */
    public enum Basis {
        PLEDGES, FAIR_SHARE
    }
}
