/**
 * Corridor scorecards: every bilateral migration relationship on one page, with its asymmetries.
 * For a pair of countries a diplomat preparing a bilateral meeting sees the visa regime each way
 * and the reciprocity gap, the migrant stock each way since 1990, remittances and what it costs to
 * send them against the SDG 10.c target of 3 % and the 5 % corridor ceiling, the asylum
 * applications and recognition rates of each side's nationals in the other, irregular border
 * detections of a partner's nationals where the other is an EU Member State, and the agreements
 * between the two in the register with their indicators, compliance and returns committed against
 * returns carried out. The balance of the relationship shows what each side gives and gets under
 * those agreements. A reciprocity report lists every pair where one side's citizens enter visa-free
 * and the other's do not, and every remittance corridor above the ceiling. Figures come only from
 * the reference data and the register: where a source has nothing for a pair, the page says so
 * and names the source, and never shows a zero in its place.
 */
package org.pactum.server.corridors;
