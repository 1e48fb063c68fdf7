/**
 * Blended financing of migration partnerships: the grants, concessional loans, reimbursable
 * grants, guarantees and budget support with which donors pay for reception, asylum processing,
 * integration and return and reintegration; the phased tranches that are released only when
 * independently verified milestones are met; the ledger that follows each euro from pledge to
 * commitment, disbursement and expenditure at the front line; and the IATI 2.03 activity file in
 * which donors and partner states publish all of it in the format the development-finance world
 * already reads. Amounts are exact minor units of ISO 4217 currencies; conversions use dated,
 * user-maintained exchange rates with a published rounding rule.
 */
package org.pactum.core.finance;
