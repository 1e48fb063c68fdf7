package org.pactum.core.register;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the register's tree is cut into tiles, as Go's checksum database and Tessera store
 * transparency logs (the "tlog-tiles" layout): with tiles of height h, only the nodes of tree
 * levels 0, h, 2h, ... are stored, 2^h of them to a tile. Tile (t, k) holds the hashes of the nodes
 * at level t * h with indices [k * 2^h, k * 2^h + count), count at most 2^h; tile level 0 holds
 * the leaf hashes. A node of a level in between, t * h + j with 0 &lt; j &lt; h, is not stored: it
 * is the perfect subtree over 2^j consecutive hashes of one tile, computed when asked for, and it
 * exists exactly when all of those hashes do.
 *
 * <p>So a proof at any tree size reads at most a few tiles per tile level (one row each, and one
 * statement for all of them), instead of one row per node, and the tree takes about one stored
 * hash per leaf instead of two. Pure arithmetic: {@link TiledTreeNodeStore} reads through it, the
 * stores write what {@link #writesFor(Collection)} says.
 */
public record TileLayout(int height) {

    /** The register's layout: tiles of height 8, 256 hashes (8 KiB) each, as Tessera and sum.golang.org use. */
    public static final TileLayout REGISTER = new TileLayout(8);

    /** Higher tiles would not fit a node computation in an int, and serve no purpose. */
    public static final int MAX_HEIGHT = 16;

    public TileLayout {
        if (height < 1 || height > MAX_HEIGHT) {
            throw new IllegalArgumentException("a tile height must be in 1.." + MAX_HEIGHT + ", not " + height);
        }
    }

    /** How many hashes a full tile holds: 2^height. */
    public int width() {
        return 1 << height;
    }

    /** Whether a node is stored as a hash of a tile (its level is a multiple of the height), not computed. */
    public boolean stores(NodeAddress node) {
        return node.level() % height == 0;
    }

    /** The tile whose hashes a node is, or is computed from. */
    public TileAddress tileOf(NodeAddress node) {
        return new TileAddress(node.level() / height, firstStoredIndex(node) >>> height);
    }

    /** The tiles that the nodes at these addresses are read from, each once, in order of first need. */
    public Set<TileAddress> tilesFor(Collection<NodeAddress> nodes) {
        Set<TileAddress> tiles = new LinkedHashSet<>();
        for (NodeAddress node : nodes) {
            tiles.add(tileOf(node));
        }
        return tiles;
    }

    /**
     * The hash of a node from the tile that holds it ({@link #tileOf}), or empty if the tile does
     * not yet hold every hash the node spans: the node is then not complete in the stored tree.
     */
    public Optional<Hash> node(NodeAddress node, Tile tile) {
        TileAddress expected = tileOf(node);
        if (!tile.address().equals(expected)) {
            throw new IllegalArgumentException("node " + node + " is in tile " + expected + ", not " + tile.address());
        }
        if (tile.count() > width()) {
            throw new IllegalStateException("tile " + tile.address() + " holds " + tile.count()
                    + " hashes, more than the " + width() + " of a tile of height " + height);
        }
        int rise = node.level() % height;
        int span = 1 << rise;
        int first = (int) (firstStoredIndex(node) - (expected.index() << height));
        if (first + span > tile.count()) {
            return Optional.empty();
        }
        return Optional.of(tile.perfectSubtree(first, span));
    }

    /**
     * What an append adds to each tile, from the nodes it completed
     * ({@link CompactRange.AppendedBatch#newNodes()}): the nodes of stored levels, grouped by tile,
     * ordered by tile level and index. Every tile gets one write however many of its nodes the
     * append completed; nodes of levels in between are dropped, as they are computed when read.
     *
     * @throws IllegalArgumentException if the stored nodes of one tile are not consecutive, as
     *                                  they always are when they come from one append
     */
    public List<TileWrite> writesFor(Collection<TreeNode> newNodes) {
        Map<TileAddress, Growth> growths = new LinkedHashMap<>();
        for (TreeNode node : newNodes) {
            if (!stores(node.address())) {
                continue;
            }
            TileAddress tile = tileOf(node.address());
            int position = (int) (node.address().index() - (tile.index() << height));
            growths.computeIfAbsent(tile, address -> new Growth(address, position)).add(position, node.hash());
        }
        List<TileWrite> writes = new ArrayList<>(growths.size());
        for (Growth growth : growths.values()) {
            writes.add(growth.write());
        }
        writes.sort(Comparator.comparingInt((TileWrite write) -> write.address().level())
                .thenComparingLong(write -> write.address().index()));
        return writes;
    }

    /** The index, among the nodes of the stored level below it, of the first node a node spans. */
    private long firstStoredIndex(NodeAddress node) {
        return node.index() << (node.level() % height);
    }

    /** The hashes one append adds to one tile, as they are collected. */
    private static final class Growth {

        private final TileAddress address;
        private final int offset;
        private final ByteArrayOutputStream hashes = new ByteArrayOutputStream();
        private int next;

        Growth(TileAddress address, int offset) {
            this.address = address;
            this.offset = offset;
            this.next = offset;
        }

        void add(int position, Hash hash) {
            if (position != next) {
                throw new IllegalArgumentException("tile " + address + " would get the hash at position " + position
                        + " after those up to " + (next - 1) + ": the nodes of a tile must come in order, without gaps");
            }
            hashes.writeBytes(hash.bytes());
            next++;
        }

        TileWrite write() {
            return new TileWrite(address, offset, hashes.toByteArray());
        }
    }
}
