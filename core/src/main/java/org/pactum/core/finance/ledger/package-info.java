/**
 * The financial ledger of a partnership, in the vocabulary of the International Aid Transparency
 * Initiative: pledges, commitments, disbursements and expenditures, repayments and interest, each
 * an entry in minor units of an ISO 4217 currency. It keeps the promises the public cares about:
 * no instrument pays out more than was committed unless someone records why, corrections are
 * visible reversals rather than silent edits, and every euro spent says where at the front line it
 * went (reception, asylum processing, integration, return and reintegration, border management).
 */
package org.pactum.core.finance.ledger;
