/**
 * Corrective allocation: what the 2016 Dublin reform proposal would have done when one Member State
 * receives far more applications than its fair share, by sending applicants beyond 150 % of its
 * reference number on to the Member States still below their own, so that negotiators can compare
 * that automatic mechanism with the solidarity pools agreed in 2024.
 */
package org.pactum.core.fairshare.corrective;
