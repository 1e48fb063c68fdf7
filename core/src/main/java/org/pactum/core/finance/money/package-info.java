/**
 * Money for financing plans that span currencies: minor-unit exponents per ISO 4217, totals that
 * refuse to add euros to dollars, and dated exchange rates with one documented rounding rule, so
 * that a donor reporting in dollars and a partner state accounting in its own currency arrive at
 * the same figure to the cent.
 */
package org.pactum.core.finance.money;
