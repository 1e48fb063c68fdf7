package org.pactum.core.register;

import java.util.Collection;
import java.util.Map;

/**
 * The port through which a tiled register's tiles are read (see {@link TileLayout}). The server
 * backs it with a database table keyed by (tile level, tile index); tests use
 * {@link InMemoryTileStore}. {@link TiledTreeNodeStore} turns it into the {@link TreeNodeStore}
 * that proofs read from.
 */
@FunctionalInterface
public interface TileStore {

    /**
     * The stored tiles among these addresses, by address; tiles not stored are absent from the
     * map. A database implementation should answer in one round trip.
     */
    Map<TileAddress, Tile> tiles(Collection<TileAddress> addresses);
}
