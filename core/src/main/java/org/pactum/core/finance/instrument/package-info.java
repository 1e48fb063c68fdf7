/**
 * The instruments with which a migration partnership is paid for: outright grants, concessional
 * loans whose softness is measured by the OECD DAC grant element, reimbursable grants, guarantees
 * and risk-sharing arrangements that pay out only when a named event occurs, and budget support
 * paid into the partner state's treasury. Each instrument belongs to an agreement and names its
 * donor, its recipient and, where there is one, the implementing organisation.
 */
package org.pactum.core.finance.instrument;
