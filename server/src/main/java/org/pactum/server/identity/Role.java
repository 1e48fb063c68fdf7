package org.pactum.server.identity;

/** What an account may do in Pactum. Anyone not signed in is the public. */
public enum Role {
    /** Runs the installation: accounts, imports, every party's data. */
    ADMIN,
    /** Negotiator or policy analyst acting for one party; changes that party's data only. */
    ANALYST,
    /** Independent evaluator or auditor who verifies or disputes reported figures. */
    VERIFIER,
    /** Reads and handles grievances; nobody else sees their contents. */
    GRIEVANCE_OFFICER,
    /** Places one party's arriving households (case allocation); the only role that reads their case data. */
    ALLOCATION_OFFICER;

    public String authority() {
        return "ROLE_" + name();
    }
}
