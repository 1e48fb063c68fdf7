package org.pactum.server.fairshare;

/**
 * A state's pledge to a pool: relocations, a financial contribution and alternative measures
 * valued in money. Amounts are decimal strings in the pool's currency (e.g. "1250000.00").
 */
public record PledgeCommand(Long relocations, String financial, String alternativeMeasures, String currency) {

    public PledgeCommand {
        relocations = relocations == null ? 0L : relocations;
    }
}
