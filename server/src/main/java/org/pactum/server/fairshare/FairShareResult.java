package org.pactum.server.fairshare;

import java.math.BigDecimal;
import java.util.List;

/**
 * Fair shares in persons and money, with the key's formula and legal source and the editions of
 * the data used, so that the result can be reproduced and checked.
 *
 * @param difference persons allotted minus the total asked for (non-zero only for independent rounding)
 */
public record FairShareResult(String key, String keyTitle, String formula, String legalSource, int dataYear,
        String method, long total, long allotted, long difference, long euroPerPerson, List<Row> rows,
        List<String> sources, List<String> notes) {

    /**
     * One state's fair share: its share of the key, unrounded quota, whole persons and money
     * equivalent in EUR; beside it, UNHCR's measures of what the state already carries (refugees
     * hosted per 1,000 inhabitants and per USD 1 of GDP per capita at PPP), null where the data
     * year lacks a figure.
     */
    public record Row(String state, String name, BigDecimal share, BigDecimal quota, long persons, long moneyEuros,
            BigDecimal refugeesPerThousandInhabitants, BigDecimal refugeesPerDollarGdpPerCapita) {
    }

    public FairShareResult {
        rows = List.copyOf(rows);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }
}
