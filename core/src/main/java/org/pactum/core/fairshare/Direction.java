package org.pactum.core.fairshare;

/**
 * Whether a larger value of an indicator raises a state's share (population, GDP: more capacity,
 * more responsibility) or lowers it (unemployment, past asylum effort: a state already under
 * strain should take fewer).
 */
public enum Direction {
    /** Share of the indicator: {@code x_i / Σ_j x_j}. */
    DIRECT,
    /** Inverse effect: {@code (1/x_i) / Σ_j (1/x_j)}; every value must be positive. */
    INVERSE
}
