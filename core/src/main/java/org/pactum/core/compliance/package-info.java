/**
 * How Pactum judges whether a commitment is being kept. For each indicator of an agreement a
 * baseline and a target per period are set; the verified actual of a period is placed on the path
 * from baseline to target, and the share of that path covered (the attainment) gives the light:
 * on track, at risk or off track, at thresholds each indicator may set for itself. A figure that an
 * independent verifier has not confirmed is never counted: it is "not verifiable". Triggers of
 * renegotiation, suspension or surge clauses compare verified figures with a threshold, and review
 * and sunset dates are announced a set number of days ahead. Plain Java: no framework, no database.
 */
package org.pactum.core.compliance;
