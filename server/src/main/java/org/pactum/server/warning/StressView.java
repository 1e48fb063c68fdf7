package org.pactum.server.warning;

import java.util.List;

/**
 * A solidarity pool under a scenario: the route's share of recent detections, the relocation need
 * scaled accordingly, and each contributing state's due and pledge before and after.
 *
 * @param routeShare   the route's share of all detections on all routes in the last twelve months of data
 * @param factor       1 + percent x routeShare: how much the pool's relocation need grows
 */
public record StressView(String poolId, String poolName, Scenario scenario, double routeShare, double factor, long referenceNow,
        long referenceStressed, String currency, long equivalenceRateMinor, List<StateRow> states) {

    public StressView {
        states = List.copyOf(states);
    }

    public List<StateRow> fallingShort() {
        return states.stream().filter(StateRow::fallsShort).toList();
    }

    /** A contributing state: persons due now and under the scenario, the pledge's value, and the shortfall (minor units). */
    public record StateRow(String state, String name, long dueNow, long dueStressed, long dueStressedMinor, long pledgedValueMinor,
            long shortfallMinor, boolean coveredBefore) {

        public boolean fallsShort() {
            return shortfallMinor > 0;
        }
    }
}
