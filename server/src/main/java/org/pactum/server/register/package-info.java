/**
 * The public register: every fact Pactum publishes about an agreement (a pledge made, a payment
 * released, an indicator reported and verified, a pool's result) is entered, in order, in an
 * append-only log that its operator cannot quietly edit. The register signs its state at short
 * intervals, and anyone (a parliament's budget office, a partner state's auditors, a journalist, a
 * migrants' organisation) can keep those signed statements and later demand proof that each fact is
 * still there as it was published and that nothing was withdrawn or restated since. Commitments
 * between states only bind when every party can show what was promised and paid; this register
 * lets them show it without having to trust whoever runs the server.
 */
package org.pactum.server.register;
