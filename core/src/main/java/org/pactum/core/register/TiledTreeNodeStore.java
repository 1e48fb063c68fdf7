package org.pactum.core.register;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The register's nodes, read from tiles: every request for nodes reads the tiles they lie in with
 * one {@link TileStore#tiles} call and computes each node from its tile ({@link TileLayout#node}).
 * A node is present exactly when the stored tiles hold every hash it spans, so this store answers
 * as a store of every complete node would.
 */
public final class TiledTreeNodeStore implements TreeNodeStore {

    private final TileLayout layout;
    private final TileStore tiles;

    public TiledTreeNodeStore(TileLayout layout, TileStore tiles) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.tiles = Objects.requireNonNull(tiles, "tiles");
    }

    @Override
    public Optional<Hash> node(NodeAddress address) {
        return Optional.ofNullable(nodes(List.of(address)).get(address));
    }

    @Override
    public Map<NodeAddress, Hash> nodes(Collection<NodeAddress> addresses) {
        Map<TileAddress, Tile> read = tiles.tiles(layout.tilesFor(addresses));
        Map<NodeAddress, Hash> found = new LinkedHashMap<>();
        for (NodeAddress address : addresses) {
            Tile tile = read.get(layout.tileOf(address));
            if (tile != null && !found.containsKey(address)) {
                layout.node(address, tile).ifPresent(hash -> found.put(address, hash));
            }
        }
        return found;
    }
}
