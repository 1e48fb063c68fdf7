/**
 * The arithmetic of bilateral migration relationships (corridors): visa reciprocity each way, the
 * cost of sending remittances against SDG target 10.c (3 % target, 5 % corridor ceiling), asylum
 * recognition rates, the trend of migrant stocks, and the balance of what each partner gives and
 * gets under the agreements between them. Plain Java, no framework.
 */
package org.pactum.core.corridors;
