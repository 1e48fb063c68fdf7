package org.pactum.register.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pactum.core.register.Hash;
import org.pactum.core.register.NodeAddress;
import org.pactum.core.register.Tile;
import org.pactum.core.register.TileAddress;
import org.pactum.core.register.TileLayout;
import org.pactum.core.register.TileWrite;
import org.pactum.core.register.TiledTreeNodeStore;
import org.pactum.core.register.TreeNode;
import org.pactum.core.register.TreeNodeStore;

/**
 * The register's tree in the table {@code register_tile}, in tiles of {@link TileLayout#REGISTER}
 * (256 hashes of every eighth level of the tree to a row, keyed by (tile_level, tile_index)).
 * Everything the core asks for at once ({@link #nodes(Collection)}: the right edge of a tree, the
 * subtrees of a proof) is answered by reading the tiles those nodes lie in with a single statement
 * and computing each node from its tile, so a proof at any size costs one round trip and a few
 * primary-key lookups: at ten million leaves, one tile per tile level and rarely a second.
 *
 * <p>Works on the connection it is given, inside whatever transaction that connection is in; it
 * neither commits nor closes it.
 */
public final class JdbcTreeNodeStore implements TreeNodeStore {

    private static final TileLayout LAYOUT = TileLayout.REGISTER;

    private final Connection connection;
    private final TreeNodeStore tiled;

    public JdbcTreeNodeStore(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.tiled = new TiledTreeNodeStore(LAYOUT, this::tiles);
    }

    @Override
    public Optional<Hash> node(NodeAddress address) {
        return tiled.node(address);
    }

    @Override
    public Map<NodeAddress, Hash> nodes(Collection<NodeAddress> addresses) {
        return tiled.nodes(addresses);
    }

    /**
     * Stores what an append produced, given the subtrees it completed: each tile they start is
     * inserted and each tile they continue grows in place, one statement per tile at most.
     *
     * @throws IllegalStateException if a tile to grow does not end where the append continues it
     *                               (the stored tree is out of step with the append); nothing is
     *                               then written by that statement, and the caller should roll back
     */
    public void write(List<TreeNode> nodes) throws SQLException {
        List<TileWrite> started = new ArrayList<>();
        for (TileWrite write : LAYOUT.writesFor(nodes)) {
            if (write.startsTile()) {
                started.add(write);
            } else {
                grow(write);
            }
        }
        for (int from = 0; from < started.size(); from += RegisterSql.CHUNK) {
            List<TileWrite> chunk = started.subList(from, Math.min(started.size(), from + RegisterSql.CHUNK));
            try (PreparedStatement insert = connection.prepareStatement(RegisterSql.insertTiles(chunk.size()))) {
                int parameter = 1;
                for (TileWrite write : chunk) {
                    insert.setInt(parameter++, write.address().level());
                    insert.setLong(parameter++, write.address().index());
                    insert.setBytes(parameter++, write.hashes());
                }
                insert.executeUpdate();
            }
        }
    }

    /** Appends the write's hashes to a tile that holds exactly the hashes before them. */
    private void grow(TileWrite write) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(RegisterSql.GROW_TILE)) {
            update.setBytes(1, write.hashes());
            update.setInt(2, write.address().level());
            update.setLong(3, write.address().index());
            update.setInt(4, write.offset() * Hash.LENGTH);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("tile " + write.address() + " does not hold the " + write.offset()
                        + " hashes the append continues: the stored tree is out of step with the register's state");
            }
        }
    }

    /** The stored tiles among these addresses, read in one statement (per thousand tiles). */
    private Map<TileAddress, Tile> tiles(Collection<TileAddress> addresses) {
        List<TileAddress> wanted = List.copyOf(addresses);
        Map<TileAddress, Tile> found = new LinkedHashMap<>();
        try {
            for (int from = 0; from < wanted.size(); from += RegisterSql.CHUNK) {
                List<TileAddress> chunk = wanted.subList(from, Math.min(wanted.size(), from + RegisterSql.CHUNK));
                try (PreparedStatement select = connection.prepareStatement(RegisterSql.selectTiles(chunk.size()))) {
                    int parameter = 1;
                    for (TileAddress address : chunk) {
                        select.setInt(parameter++, address.level());
                        select.setLong(parameter++, address.index());
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            TileAddress address = new TileAddress(rows.getInt(1), rows.getLong(2));
                            found.put(address, new Tile(address, rows.getBytes(3)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new RegisterStorageException("cannot read " + wanted.size() + " tiles of the tree", e);
        }
        return found;
    }
}
