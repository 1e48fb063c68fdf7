package org.pactum.server.reference;

import java.util.Optional;

/**
 * The publisher's file format of an import, with what is needed to read it. Every format
 * targets one existing series and names the edition being imported.
 */
public sealed interface ImportFormat {

    /** The World Bank's long CSV: {@code Country Name,Country Code,Year,Value}. Aggregates are skipped. */
    record WdiLong() implements ImportFormat {
    }

    /**
     * A UNHCR Refugee Data Finder CSV ({@code year, coo_iso, coa_iso, ...}) and the column to read,
     * e.g. {@code refugees} or {@code applied}. Rows are summed per country of asylum (and origin,
     * for pair series); codes that are not countries are skipped.
     */
    record UnhcrCsv(String valueColumn) implements ImportFormat {
        public UnhcrCsv {
            if (valueColumn == null || valueColumn.isBlank()) {
                throw new IllegalArgumentException("Name the UNHCR column to import, e.g. 'refugees'");
            }
        }
    }

    /** Any long CSV with a header, given which columns hold the country, partner, period and value. */
    record GenericLong(String countryColumn, Optional<String> partnerColumn, String periodColumn, String valueColumn)
            implements ImportFormat {
        public GenericLong {
            if (countryColumn == null || countryColumn.isBlank() || periodColumn == null || periodColumn.isBlank()
                    || valueColumn == null || valueColumn.isBlank()) {
                throw new IllegalArgumentException("Name the country, period and value columns");
            }
            partnerColumn = partnerColumn == null ? Optional.empty() : partnerColumn.filter(c -> !c.isBlank());
        }
    }
}
