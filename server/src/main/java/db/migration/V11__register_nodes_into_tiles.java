package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.pactum.core.register.CompactRange;
import org.pactum.core.register.Hash;
import org.pactum.core.register.NodeAddress;
import org.pactum.core.register.TileLayout;
import org.pactum.core.register.TreeNode;
import org.pactum.core.register.TreeNodeStore;
import org.pactum.register.jdbc.JdbcTreeNodeStore;

/**
 * Moves the public register's tree from {@code register_node} (one row per complete subtree, from
 * V5) into the tiles of {@code register_tile} (V10), then drops {@code register_node}. Only the
 * nodes of every eighth level (0, 8, 16, ...) move: the others are computed from them. They are
 * written through the register's own tile writer, {@link JdbcTreeNodeStore#write}, a run of
 * 65,536 nodes (256 tiles) at a time, as if they had just been appended.
 *
 * <p>Before dropping anything it checks that the tiles give the same tree as the nodes did: the
 * root of the tree at the register's current size, computed from each, must agree; otherwise the
 * migration fails and, on PostgreSQL, is rolled back whole. An empty register has nothing to move.
 */
public class V11__register_nodes_into_tiles extends BaseJavaMigration {

    private static final TileLayout LAYOUT = TileLayout.REGISTER;

    /** Nodes moved per read: 256 full tiles. */
    private static final int RUN = 256 * LAYOUT.width();

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        JdbcTreeNodeStore tiles = new JdbcTreeNodeStore(connection);
        for (int level = 0; level <= NodeAddress.MAX_LEVEL; level += LAYOUT.height()) {
            long end = endIndex(connection, level);
            for (long from = 0; from < end; from += RUN) {
                tiles.write(nodes(connection, level, from, Math.min(end, from + RUN)));
            }
        }
        long size = treeSize(connection);
        Hash fromNodes = CompactRange.read(new OldNodes(connection), size).root();
        Hash fromTiles = CompactRange.read(tiles, size).root();
        if (!fromTiles.equals(fromNodes)) {
            throw new IllegalStateException("the register's tree of " + size + " entries has the root " + fromNodes
                    + " in register_node but " + fromTiles + " in the tiles made from it: register_node is kept");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE register_node");
        }
    }

    /** One past the highest node index stored at this level, 0 if none. */
    private static long endIndex(Connection connection, int level) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MAX(node_index) FROM register_node WHERE level = ?")) {
            select.setInt(1, level);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                long max = row.getLong(1);
                return row.wasNull() ? 0 : max + 1;
            }
        }
    }

    private static List<TreeNode> nodes(Connection connection, int level, long from, long to) throws SQLException {
        List<TreeNode> nodes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT node_index, hash FROM register_node "
                + "WHERE level = ? AND node_index >= ? AND node_index < ? ORDER BY node_index")) {
            select.setInt(1, level);
            select.setLong(2, from);
            select.setLong(3, to);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    nodes.add(new TreeNode(new NodeAddress(level, rows.getLong(1)), new Hash(rows.getBytes(2))));
                }
            }
        }
        return nodes;
    }

    private static long treeSize(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT tree_size FROM register_state WHERE id = 1")) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    /** The old table, read one node at a time: for the few nodes of the tree's right edge. */
    private record OldNodes(Connection connection) implements TreeNodeStore {

        @Override
        public Optional<Hash> node(NodeAddress address) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT hash FROM register_node WHERE level = ? AND node_index = ?")) {
                select.setInt(1, address.level());
                select.setLong(2, address.index());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(new Hash(row.getBytes(1))) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read node " + address + " of register_node", e);
            }
        }
    }
}
