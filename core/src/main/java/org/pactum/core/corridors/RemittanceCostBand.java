package org.pactum.core.corridors;

/**
 * Where the average cost of sending USD 200 in a corridor stands against SDG target 10.c: by 2030,
 * reduce to less than 3 % the transaction costs of migrant remittances and eliminate remittance
 * corridors with costs higher than 5 % (indicator 10.c.1).
 */
public enum RemittanceCostBand {
    /** Less than 3 % of the amount sent: the target is met. */
    WITHIN_TARGET,
    /** 3 % to 5 %: above the target, not above the corridor ceiling. */
    ABOVE_TARGET,
    /** More than 5 %: a corridor the target says to eliminate. */
    ABOVE_CEILING;

    /** The SDG 10.c target, percent of the amount sent. */
    public static final double TARGET_PERCENT = 3.0;
    /** The corridor ceiling of SDG 10.c, percent of the amount sent. */
    public static final double CEILING_PERCENT = 5.0;

    /** The band of a cost in percent of the amount sent. */
    public static RemittanceCostBand of(double costPercent) {
        if (!Double.isFinite(costPercent) || costPercent < 0) {
            throw new IllegalArgumentException("A remittance cost is a percentage of 0 or more, was " + costPercent);
        }
        if (costPercent < TARGET_PERCENT) {
            return WITHIN_TARGET;
        }
        return costPercent > CEILING_PERCENT ? ABOVE_CEILING : ABOVE_TARGET;
    }
}
