package org.pactum.core.register;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link TreeNodeStore} held in a map, for tests, tools and small registers. Like the database
 * table it stands in for, it is append-only: writing a node again with the same hash is harmless,
 * with a different hash it is refused.
 */
public final class InMemoryTreeNodeStore implements TreeNodeStore {

    private final Map<NodeAddress, Hash> nodes = new ConcurrentHashMap<>();

    /** Stores the nodes an append produced. */
    public void write(Collection<TreeNode> newNodes) {
        for (TreeNode node : newNodes) {
            Hash previous = nodes.putIfAbsent(node.address(), node.hash());
            if (previous != null && !previous.equals(node.hash())) {
                throw new IllegalStateException("node " + node.address() + " is already stored with hash "
                        + previous + "; the register never rewrites a node");
            }
        }
    }

    @Override
    public Optional<Hash> node(NodeAddress address) {
        return Optional.ofNullable(nodes.get(Objects.requireNonNull(address, "address")));
    }

    /** How many nodes are stored. */
    public int size() {
        return nodes.size();
    }
}
