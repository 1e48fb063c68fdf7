package org.pactum.server.identity;

/** What sort of party takes part in agreements. */
public enum PartyKind {
    STATE, INTERNATIONAL_ORGANISATION, EVALUATOR, CIVIL_SOCIETY
}
