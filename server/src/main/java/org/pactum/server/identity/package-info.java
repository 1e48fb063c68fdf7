/**
 * Who may do what. The parties to agreements (states, international organisations, independent
 * evaluators), the people who act for them and their roles: administrators, analysts who speak
 * for one party only, verifiers who check reported figures, and grievance officers who alone read
 * grievances. The public reads what is published without signing in; machine clients use API
 * tokens that are stored only as hashes.
 */
package org.pactum.server.identity;
