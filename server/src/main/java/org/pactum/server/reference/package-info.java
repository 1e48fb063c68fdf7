/**
 * Reference data: the countries that negotiate and the facts they negotiate over. Population,
 * economic weight, unemployment, asylum applications and decisions, refugees hosted, border
 * detections, migrant stocks, remittance costs, visa regimes and conflict deaths, each series with
 * its publisher, edition and licence so that every figure shown in a negotiation says where it
 * comes from. Newer editions are imported from the publishers' own file formats.
 */
package org.pactum.server.reference;
