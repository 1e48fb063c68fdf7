/**
 * The agreement register: who promised what to whom, and when the deal is due for review. Parties
 * (states, international organisations, evaluators) take roles in an agreement (destination,
 * transit, origin, donor, implementer, verifier, observer); commitments state in a shared
 * dictionary what each party owes (relocation places, work visas, returns accepted, money) over
 * which period; clauses date the mid-term reviews and the sunset and say when a renegotiation,
 * a suspension or a surge response is triggered. An agreement moves from draft through
 * negotiation, signature and entry into force to review, suspension, termination or expiry, each
 * step a named act with its own conditions. Drafts stay among their parties; publishing puts an
 * agreement on the public register.
 */
package org.pactum.server.agreements;
