package org.pactum.core.allocation.outcome;

/**
 * How many members of a household fall in each age band: young children (under 6, who need
 * childcare before a parent can work), school-age children (6 to 17), young adults (18 to 34),
 * adults (35 to 64) and older persons (65 and over). Working age is 18 to 64.
 */
public record AgeBands(int under6, int from6to17, int from18to34, int from35to64, int from65) {

    public AgeBands {
        if (under6 < 0 || from6to17 < 0 || from18to34 < 0 || from35to64 < 0 || from65 < 0) {
            throw new IllegalArgumentException("members per age band cannot be negative");
        }
        if (under6 + from6to17 + from18to34 + from35to64 + from65 < 1) {
            throw new IllegalArgumentException("a household has at least one member");
        }
    }

    /** All members: the household's size in persons. */
    public int persons() {
        return under6 + from6to17 + from18to34 + from35to64 + from65;
    }

    /** Members aged 18 to 64. */
    public int workingAge() {
        return from18to34 + from35to64;
    }

    /** Members under 18. */
    public int children() {
        return under6 + from6to17;
    }
}
