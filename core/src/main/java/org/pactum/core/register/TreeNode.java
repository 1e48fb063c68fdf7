package org.pactum.core.register;

import java.util.Objects;

/**
 * A complete perfect subtree and its hash: the unit the register persists. Leaves are the nodes of
 * level 0 and carry the leaf hash; every other node carries SHA-256(0x01 || left || right).
 */
public record TreeNode(NodeAddress address, Hash hash) {

    public TreeNode {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(hash, "hash");
    }
}
