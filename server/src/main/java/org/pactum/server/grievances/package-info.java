/**
 * The grievance channel of the agreements: where a migrant, a refugee or an organisation that helps
 * them reports, safely and without an account, how an agreement is carried out on the ground
 * (reception conditions, detention, access to the asylum procedure, returns, labour exploitation,
 * discrimination, misuse of funds) in English, French, Spanish or Arabic, and follows the complaint
 * with a receipt code to its answer. The grievance officers of the responsible party triage it,
 * refer it to the unit that can act, keep internal notes and answer within the deadline of its
 * category; an unanswered complaint is escalated to the triage party (by default UNHCR). What the
 * complainant writes is sealed with AES-GCM before it is stored, nothing about their connection is
 * kept, and only officers of the responsible party read it, every reading audited. The public sees
 * aggregate statistics by category, agreement and month, with every count under five withheld, and
 * these are entered in the public register each month.
 */
package org.pactum.server.grievances;
