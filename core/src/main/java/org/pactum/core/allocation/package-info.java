/**
 * Case allocation: which household goes to which destination (a Member State or a municipality)
 * when relocation or resettlement quotas are turned into placements. Families are never split,
 * capacities in persons and in services (large-family housing, medical places, language-course
 * places) are respected, quotas are met, incompatible placements are excluded and ties to a
 * destination (relatives, a job offer) are honoured, while the sum over households of the
 * predicted chance that at least one adult is employed within a year is maximised. Every result
 * states how far it can at most be from the best possible placement (the bound of the linear
 * relaxation), and every result can be checked independently of the method that produced it.
 */
package org.pactum.core.allocation;
