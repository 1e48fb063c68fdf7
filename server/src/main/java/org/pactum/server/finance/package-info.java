/**
 * Blended financing of partnership agreements: who pays what, on which conditions, and where the
 * money goes. A donor's grant or concessional loan to a partner state is an instrument of the
 * agreement, paid in tranches that fall due on dates and are released only when the partner's
 * results (people received, asylum decisions taken, returnees reintegrated) are confirmed by the
 * independent verifier; each release, partial release or withholding is decided by rule, explained
 * condition by condition and announced through the event outbox. A ledger follows every euro from
 * pledge and commitment to disbursement and expenditure at the front line, in the transaction types
 * of the International Aid Transparency Initiative, with corrections as visible reversals and any
 * disbursement beyond the commitment justified on the record; the agreement's financing and results
 * are published as IATI 2.03 activities. Once an agreement is published, each of its transactions and
 * tranche decisions is entered in the public register, so that no payment can later be quietly
 * restated; until then its financing is its parties' business only.
 */
package org.pactum.server.finance;
