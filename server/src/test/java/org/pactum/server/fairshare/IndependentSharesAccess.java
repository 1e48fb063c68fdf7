package org.pactum.server.fairshare;

import java.io.IOException;
import java.util.Map;

/** Lets tests in other packages use the independent key computation over the EU-23 of the 2026 pool. */
public final class IndependentSharesAccess {

    private IndependentSharesAccess() {
    }

    public static Map<String, Double> ammr2024(int year) throws IOException {
        return IndependentShares.ammr2024(FairShareIT.EU23, year);
    }
}
