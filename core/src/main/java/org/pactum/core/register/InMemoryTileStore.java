package org.pactum.core.register;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link TileStore} held in a map, for tests and tools: the tiled counterpart of
 * {@link InMemoryTreeNodeStore}. Like the database table it stands in for, it only grows: each
 * write must continue its tile exactly where the tile ends.
 */
public final class InMemoryTileStore implements TileStore {

    private final TileLayout layout;
    private final Map<TileAddress, Tile> tiles = new ConcurrentHashMap<>();

    public InMemoryTileStore(TileLayout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /** Stores what an append produced: the tiles its stored-level nodes start or grow. */
    public synchronized void write(Collection<TreeNode> newNodes) {
        for (TileWrite write : layout.writesFor(newNodes)) {
            tiles.put(write.address(), write.applyTo(tiles.get(write.address())));
        }
    }

    @Override
    public Map<TileAddress, Tile> tiles(Collection<TileAddress> addresses) {
        Map<TileAddress, Tile> found = new LinkedHashMap<>();
        for (TileAddress address : addresses) {
            Tile tile = tiles.get(Objects.requireNonNull(address, "address"));
            if (tile != null) {
                found.put(address, tile);
            }
        }
        return found;
    }

    /** The nodes of the tree, computed from the tiles. */
    public TreeNodeStore nodes() {
        return new TiledTreeNodeStore(layout, this);
    }

    /** How many tiles are stored. */
    public int size() {
        return tiles.size();
    }
}
