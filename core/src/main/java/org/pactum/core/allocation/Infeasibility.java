package org.pactum.core.allocation;

import java.util.List;

/**
 * Why no allocation can meet every rule at once: which constraint, which destinations, which
 * households (rows count from 1). An allocation is never returned partially: an instance with any
 * of these is refused as a whole.
 */
public sealed interface Infeasibility {

    String describe();

    /** A household that fits nowhere: for each destination, the first reason it does not fit there. */
    record HouseholdFitsNowhere(String household, int row, int persons, List<String> reasons) implements Infeasibility {
        public String describe() {
            return "household " + household + " (row " + row + ", " + persons + " persons) fits at no destination: " + String.join("; ", reasons);
        }
    }

    /** More persons must be placed than all destinations together can take. */
    record NotEnoughRoom(long persons, long room) implements Infeasibility {
        public String describe() {
            return persons + " persons must be placed but the destinations can take at most " + room + " (capacity and quota maximum)";
        }
    }

    /** The households together need more of a service than all destinations have. */
    record NotEnoughService(String dimension, long needed, long available) implements Infeasibility {
        public String describe() {
            return "the households need " + needed + " units of " + dimension + " but all destinations together have " + available;
        }
    }

    /** The quota minimums add up to more persons than there are to place. */
    record MinimumsExceedArrivals(long minimums, long persons, List<String> destinations) implements Infeasibility {
        public String describe() {
            return "the quota minimums of " + destinations + " add up to " + minimums + " persons but only " + persons + " are to be placed";
        }
    }

    /** A destination's quota minimum cannot be reached even if it got every household that fits there. */
    record MinimumUnreachable(String destination, int minimum, long reachable) implements Infeasibility {
        public String describe() {
            return "destination " + destination + " has a quota minimum of " + minimum + " persons but the households that can go there count only " + reachable;
        }
    }

    /** A household hard-tied to a destination where it does not fit. */
    record TieCannotBeHonoured(String household, int row, String destination, String reason) implements Infeasibility {
        public String describe() {
            return "household " + household + " (row " + row + ") is tied to " + destination + " where it cannot go: " + reason;
        }
    }

    /** Each rule can be met alone, but not all at once (found by the solver). */
    record JointlyInfeasible(String detail) implements Infeasibility {
        public String describe() {
            return "every household fits somewhere and every total adds up, but no placement meets all capacities and quotas at once: " + detail;
        }
    }
}
