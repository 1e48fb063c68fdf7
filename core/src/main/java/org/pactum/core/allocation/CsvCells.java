package org.pactum.core.allocation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The cells of one line of an input CSV file, read by column name; every unreadable cell becomes a
 * problem naming the file, line and column ({@link InstanceProblem.BadInput}). Shared by the readers
 * of allocation input.
 */
public final class CsvCells {
    private final String file;
    private final int line;
    private final String[] row;
    private final Map<String, Integer> header;
    private final List<InstanceProblem> problems;
    private boolean ok = true;

    public CsvCells(String file, int line, String[] row, Map<String, Integer> header, List<InstanceProblem> problems) {
        this.file = file;
        this.line = line;
        this.row = row;
        this.header = header;
        this.problems = problems;
    }

    public boolean ok() {
        return ok;
    }

    public String optional(String column) {
        int c = header.get(column);
        return c < row.length ? row[c] : "";
    }

    public String text(String column) {
        String value = optional(column);
        if (value.isEmpty()) {
            fail(column, "empty");
        }
        return value;
    }

    public int count(String column) {
        String value = optional(column);
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < 0) {
                fail(column, "must be zero or more, was " + value);
            }
            return parsed;
        } catch (NumberFormatException notANumber) {
            fail(column, "not a whole number: '" + value + "'");
            return 0;
        }
    }

    public float score(String column) {
        String value = optional(column);
        if (value.isEmpty()) {
            return Float.NaN;
        }
        try {
            float parsed = Float.parseFloat(value);
            if (!(parsed >= 0 && parsed <= 1)) {
                fail(column, "a score is a probability between 0 and 1, was " + value);
            }
            return parsed;
        } catch (NumberFormatException notANumber) {
            fail(column, "not a number: '" + value + "'");
            return Float.NaN;
        }
    }

    public <T> T word(String column, Function<String, Optional<T>> parse, String expected) {
        String value = optional(column);
        Optional<T> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            fail(column, "expected " + expected + ", was '" + value + "'");
            return null;
        }
        return parsed.get();
    }

    public void fail(String column, String reason) {
        ok = false;
        problems.add(new InstanceProblem.BadInput(file, line, column, reason));
    }
}
