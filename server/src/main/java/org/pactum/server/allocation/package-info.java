/**
 * Case allocation: turning relocation and resettlement quotas into placements, household by
 * household. An allocation officer of a receiving party uploads the destinations (states or
 * municipalities, with their reception capacity, quota and service places) and the arriving
 * households (size, service needs, ties, and a predicted chance of employment at each destination),
 * chooses the method (the optimised batch placement, weekly batches against annual quotas, the
 * outcome-blind quota rule used by national dispersal systems, or a greedy rule) and gets a
 * placement that keeps every family together and respects every capacity and quota, with how far it
 * is at most from the best possible and, for each household, why it goes where it goes. Households
 * are pseudonymised on import, only the party's allocation officers read them, and they are deleted
 * after the retention period; only aggregate totals of a completed run are published.
 */
package org.pactum.server.allocation;
