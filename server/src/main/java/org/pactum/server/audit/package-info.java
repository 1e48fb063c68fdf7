/**
 * The audit trail: who changed what, and when. Every write in Pactum, through a page, the API or
 * the command line, leaves a record here that administrators and auditors can read, so that no
 * commitment, figure or decision changes without a name attached to it.
 */
package org.pactum.server.audit;
