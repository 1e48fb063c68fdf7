/**
 * The outcome model of case allocation: the predicted chance that at least one adult of a
 * household is employed within a year of being placed at a destination, learnt from past
 * placements. A household is described by its case profile (who its members are, what languages
 * they speak, their education, medical needs, nationality, the principal applicant's gender, its
 * ties); a destination by its labour market (unemployment, income) and by how many people of the
 * household's nationality already live there. Real case-level records are not public, so the
 * package also generates SYNTHETIC placement histories from a documented ground truth, which lets
 * the gains of an allocation be measured against what would truly have happened, and reports how
 * well calibrated a model is and how gains are shared by nationality, gender and household size.
 */
package org.pactum.core.allocation.outcome;
