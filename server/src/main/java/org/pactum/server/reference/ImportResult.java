package org.pactum.server.reference;

import java.util.Set;

/**
 * What an import stored.
 *
 * @param rowsRead          data rows in the file
 * @param observationsStored observations created or updated
 * @param rowsSkipped       rows about aggregates or territories that are not countries
 * @param skippedCodes      the codes of those rows
 */
public record ImportResult(String indicatorCode, String edition, long rowsRead, long observationsStored,
        long rowsSkipped, Set<String> skippedCodes) {

    public ImportResult {
        skippedCodes = Set.copyOf(skippedCodes);
    }
}
