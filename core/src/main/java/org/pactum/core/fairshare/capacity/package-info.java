/**
 * Host capacity: UNHCR's measures of how much hosting refugees already weighs on a country, per
 * 1,000 inhabitants and per dollar of income per head, so that a negotiator can set a proposed key
 * beside the burden states already carry, often far from Europe.
 */
package org.pactum.core.fairshare.capacity;
