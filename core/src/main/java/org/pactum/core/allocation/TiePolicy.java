package org.pactum.core.allocation;

/**
 * How a household's ties to a destination count: as a hard rule (the household may go only there)
 * or as a weight added to its score there, so that the tie is honoured where capacity allows.
 */
public sealed interface TiePolicy {

    /** The household may be placed only at the destination it has ties to. */
    record Hard() implements TiePolicy {
    }

    /** The household's score at the destination it has ties to is raised by {@code bonus}. */
    record Weighted(double bonus) implements TiePolicy {
        public Weighted {
            if (!(bonus >= 0 && bonus <= 1)) {
                throw new IllegalArgumentException("the weight of a tie must be between 0 and 1, was " + bonus);
            }
        }
    }

    static TiePolicy hard() {
        return new Hard();
    }

    static TiePolicy weighted(double bonus) {
        return new Weighted(bonus);
    }
}
