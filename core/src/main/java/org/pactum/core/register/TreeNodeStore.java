package org.pactum.core.register;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The port through which the register's tree is read: the hashes of its complete perfect subtrees,
 * each at a {@link NodeAddress}. The server backs it with a database table keyed by
 * (level, index); tests use {@link InMemoryTreeNodeStore}. Nodes are only ever added, never
 * changed: a node that exists has its final hash.
 *
 * <p>Everything the register computes (roots of any size, inclusion and consistency proofs) needs
 * O(log n) of these nodes, requested together through {@link #nodes(Collection)} so a database can
 * answer them in one query.
 */
public interface TreeNodeStore {

    /** The hash of the complete perfect subtree at this address, if it has been stored. */
    Optional<Hash> node(NodeAddress address);

    /**
     * The stored hashes among these addresses; addresses not stored are absent from the map. The
     * default asks for each in turn; a database implementation should answer in one round trip.
     */
    default Map<NodeAddress, Hash> nodes(Collection<NodeAddress> addresses) {
        Map<NodeAddress, Hash> found = new LinkedHashMap<>();
        for (NodeAddress address : addresses) {
            node(address).ifPresent(hash -> found.put(address, hash));
        }
        return found;
    }
}
