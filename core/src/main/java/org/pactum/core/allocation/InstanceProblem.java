package org.pactum.core.allocation;

import java.util.List;

/**
 * Why an allocation instance is invalid as given: each names the row, column or destination at
 * fault, so that whoever prepared the files can correct them. Rows count from 1 in the order the
 * households or destinations were given (in a CSV file, the first line after the header is row 1).
 */
public sealed interface InstanceProblem {

    /** One sentence for a person correcting the input. */
    String describe();

    record DuplicateHousehold(String id, List<Integer> rows) implements InstanceProblem {
        public String describe() {
            return "household id " + id + " appears more than once, in rows " + rows;
        }
    }

    record DuplicateDestination(String id, List<Integer> rows) implements InstanceProblem {
        public String describe() {
            return "destination id " + id + " appears more than once, in rows " + rows;
        }
    }

    record ScoreOutOfRange(String household, int row, String destination, double score) implements InstanceProblem {
        public String describe() {
            return "household " + household + " (row " + row + ") has score " + score + " at " + destination
                    + ": a score is a probability and must lie between 0 and 1";
        }
    }

    record UnknownTie(String household, int row, String destination) implements InstanceProblem {
        public String describe() {
            return "household " + household + " (row " + row + ") is tied to destination " + destination + ", which is not among the destinations";
        }
    }

    record WrongServiceCount(String what, int row, int expected, int given) implements InstanceProblem {
        public String describe() {
            return what + " (row " + row + ") gives " + given + " service dimensions, expected " + expected;
        }
    }

    record NoDestinations() implements InstanceProblem {
        public String describe() {
            return "there are no destinations";
        }
    }

    record ScoresShape(int expected, int given) implements InstanceProblem {
        public String describe() {
            return "the score table has " + given + " entries, expected one per household and destination (" + expected + ")";
        }
    }

    /** A problem in an input file: its name, the line (1 = header), the column and what is wrong. */
    record BadInput(String file, int line, String column, String reason) implements InstanceProblem {
        public String describe() {
            return file + (line > 0 ? ", line " + line : "") + (column.isEmpty() ? "" : ", column " + column) + ": " + reason;
        }
    }
}
