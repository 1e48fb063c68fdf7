/**
 * Performance monitoring: whether the promises of an agreement are kept. Each indicator of an
 * agreement has a baseline and a target per period; the responsible party reports its actual
 * figures with their source and supporting documents, an independent verifier confirms or
 * disputes them, and Pactum computes the compliance light of every period (on track, at risk,
 * off track, or not verifiable while a figure is unconfirmed). A correction is a new version of a
 * report, never an overwrite. Once an agreement is published, every figure reported under it and
 * every verifier's decision is a fact on the public register, so that no party can later quietly
 * change what it reported. A review calendar announces mid-term reviews and sunsets ahead of
 * time, and renegotiation, suspension and surge clauses fire when verified figures cross their
 * thresholds; these notices travel through the event outbox so that none is lost, and appear on
 * the monitoring dashboard.
 */
package org.pactum.server.monitoring;
