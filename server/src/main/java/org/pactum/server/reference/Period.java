package org.pactum.server.reference;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period an observation covers: a year ({@code 2024}), a quarter ({@code 2024-Q1}) or a
 * month ({@code 2024-03}).
 *
 * @param start        the first day of the period
 * @param endExclusive the first day after it
 */
public record Period(String code, Frequency frequency, LocalDate start, LocalDate endExclusive) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    /** Reads a period code, or says nothing when the text is not one. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.trim();
        Matcher m;
        if ((m = YEAR.matcher(code)).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
            return Optional.of(new Period(code, Frequency.YEAR, start, start.plusYears(1)));
        }
        if ((m = QUARTER.matcher(code)).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
            return Optional.of(new Period(code, Frequency.QUARTER, start, start.plusMonths(3)));
        }
        if ((m = MONTH.matcher(code)).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            return Optional.of(new Period(code, Frequency.MONTH, start, start.plusMonths(1)));
        }
        return Optional.empty();
    }

    public static Period of(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException(
                "Not a period (expected YYYY, YYYY-Qn or YYYY-MM): '" + code + "'"));
    }

    public static Period year(int year) {
        return of(String.valueOf(year));
    }

    @Override
    public String toString() {
        return code;
    }
}
