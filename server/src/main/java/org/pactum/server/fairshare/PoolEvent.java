package org.pactum.server.fairshare;

import java.util.Map;

/** What happens to a solidarity pool that others need to know: it is set up, and states pledge. */
public sealed interface PoolEvent {

    /** A pool was set up; {@code contributions} are the indicative contributions in persons per state. */
    record PoolEstablished(String poolId, String name, long relocationReference, long financialReferenceMinor,
            String currency, String key, int dataYear, String method, Map<String, Long> contributions) implements PoolEvent {
        public PoolEstablished {
            contributions = Map.copyOf(contributions);
        }
    }

    /** A state recorded (or replaced) its pledge; amounts in minor units of the pool's currency. */
    record PledgeRecorded(String poolId, String state, long relocations, long financialMinor, long alternativeMinor,
            String currency) implements PoolEvent {
    }
}
