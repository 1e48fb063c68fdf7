package org.pactum.register.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pactum.core.register.Hash;
import org.pactum.core.register.NodeAddress;
import org.pactum.core.register.TreeNode;
import org.pactum.core.register.TreeNodeStore;

/**
 * The register's tree in the table {@code register_node}, one row per complete perfect subtree,
 * keyed by (level, node_index). Everything the core asks for at once ({@link #nodes(Collection)}:
 * the right edge of a tree, the subtrees of a proof) is read in a single statement, so a proof at
 * any size costs one round trip and O(log n) primary-key lookups.
 *
 * <p>Works on the connection it is given, inside whatever transaction that connection is in; it
 * neither commits nor closes it.
 */
public final class JdbcTreeNodeStore implements TreeNodeStore {

    private final Connection connection;

    public JdbcTreeNodeStore(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public Optional<Hash> node(NodeAddress address) {
        return Optional.ofNullable(nodes(List.of(address)).get(address));
    }

    @Override
    public Map<NodeAddress, Hash> nodes(Collection<NodeAddress> addresses) {
        Map<NodeAddress, Hash> found = new LinkedHashMap<>();
        List<NodeAddress> wanted = List.copyOf(new java.util.LinkedHashSet<>(addresses));
        try {
            for (int from = 0; from < wanted.size(); from += RegisterSql.CHUNK) {
                List<NodeAddress> chunk = wanted.subList(from, Math.min(wanted.size(), from + RegisterSql.CHUNK));
                try (PreparedStatement select = connection.prepareStatement(RegisterSql.selectNodes(chunk.size()))) {
                    int parameter = 1;
                    for (NodeAddress address : chunk) {
                        select.setInt(parameter++, address.level());
                        select.setLong(parameter++, address.index());
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.put(new NodeAddress(rows.getInt(1), rows.getLong(2)), new Hash(rows.getBytes(3)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new RegisterStorageException("cannot read " + wanted.size() + " tree nodes", e);
        }
        return found;
    }

    /** Stores the nodes an append produced, in multi-row inserts. A node stored twice is an error. */
    public void write(List<TreeNode> nodes) throws SQLException {
        for (int from = 0; from < nodes.size(); from += RegisterSql.CHUNK) {
            List<TreeNode> chunk = nodes.subList(from, Math.min(nodes.size(), from + RegisterSql.CHUNK));
            try (PreparedStatement insert = connection.prepareStatement(RegisterSql.insertNodes(chunk.size()))) {
                int parameter = 1;
                for (TreeNode node : chunk) {
                    insert.setInt(parameter++, node.address().level());
                    insert.setLong(parameter++, node.address().index());
                    insert.setBytes(parameter++, node.hash().bytes());
                }
                insert.executeUpdate();
            }
        }
    }
}
