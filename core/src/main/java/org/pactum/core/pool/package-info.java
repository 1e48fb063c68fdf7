/**
 * Solidarity pools under the EU Pact on Migration and Asylum (Regulation (EU) 2024/1351, Articles 12,
 * 56 to 57, 60 and 63): the yearly pool of relocations and financial contributions, who benefits
 * and who contributes, each contributing Member State's fair share in persons and its money
 * equivalent, deductions for states under pressure themselves, the pledges made in relocations,
 * money and alternative measures, the gaps that remain, and whether the thresholds for
 * responsibility offsets are reached.
 */
package org.pactum.core.pool;
