package org.pactum.core.fairshare;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of a statistic a key weighs: population, GDP, unemployment, past asylum effort, tax
 * revenue. The published keys use the constants below; user-defined keys may name any indicator
 * the caller supplies values for (for example a World Bank code such as {@code NY.GDP.MKTP.CD}).
 */
public record IndicatorCode(String code) implements Comparable<IndicatorCode> {

    // Declared before the constants below, which are validated against it as the class initialises.
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Resident population, persons. */
    public static final IndicatorCode POPULATION = new IndicatorCode("population");
    /** Total gross domestic product, in one currency for all participants. */
    public static final IndicatorCode GDP = new IndicatorCode("gdp");
    /** Unemployment rate, percent of the labour force. */
    public static final IndicatorCode UNEMPLOYMENT_RATE = new IndicatorCode("unemployment-rate");
    /**
     * Average yearly asylum applications plus resettled refugees per million inhabitants over a
     * reference period (2010–2014 for the 2015 relocation key).
     */
    public static final IndicatorCode ASYLUM_EFFORT_PER_MILLION = new IndicatorCode("asylum-effort-per-million");
    /** Tax revenue of a Land (Königstein key), in one currency for all Länder. */
    public static final IndicatorCode TAX_REVENUE = new IndicatorCode("tax-revenue");
    /** Refugees and people in refugee-like situations hosted, persons. */
    public static final IndicatorCode REFUGEES_HOSTED = new IndicatorCode("refugees-hosted");
    /** Gross domestic product per capita at purchasing power parity, US dollars. */
    public static final IndicatorCode GDP_PER_CAPITA_PPP = new IndicatorCode("gdp-per-capita-ppp");

    public IndicatorCode {
        Objects.requireNonNull(code, "indicator code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("an indicator code is 1 to 64 letters, digits, '.', '_' or '-' "
                    + "starting with a letter or digit, was '" + code + "'");
        }
    }

    public static IndicatorCode of(String code) {
        return new IndicatorCode(code);
    }

    @Override
    public int compareTo(IndicatorCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
