/**
 * The public register of Pactum: every commitment a state makes under an agreement, every
 * relocation carried out and every euro paid out of a solidarity pool is written as an entry in an
 * append-only log, and the log is a Merkle tree in the manner of Certificate Transparency
 * (RFC 9162). Burden-sharing only holds while each party can trust that the others' pledges and
 * expenditures are recorded as they were made: a register that could quietly drop an unfulfilled
 * pledge, or restate a payment after a dispute, would let the strongest party rewrite the bargain.
 * So the register does not ask to be trusted. It signs a short tree head (size, time, root hash)
 * at intervals; anyone holding a copy of an entry can demand a proof that the entry is in the tree
 * under a signed head, and anyone holding two heads can demand a proof that the later tree extends
 * the earlier one unchanged. A register that rewrote history would be caught by the first
 * negotiator, auditor or journalist who compared two heads. Plain Java: the tree's nodes live
 * behind {@link org.pactum.core.register.TreeNodeStore}, which the server backs with tiles in its
 * database ({@link org.pactum.core.register.TileLayout}).
 */
package org.pactum.core.register;
