/**
 * Phased payments tied to verified milestones: each tranche of a grant, loan or budget-support
 * programme falls due on a date and is released only when the partner's reported results (people
 * received in decent conditions, asylum decisions taken within the agreed time, returnees
 * reintegrated) meet the agreed thresholds and an independent verifier has confirmed the figures.
 * The decision to release, release in part or withhold is taken by rule, explained condition by
 * condition, and published as an event; unverified or disputed figures never release money.
 */
package org.pactum.core.finance.tranche;
