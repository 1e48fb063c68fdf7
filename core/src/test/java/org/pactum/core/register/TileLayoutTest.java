package org.pactum.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tile addressing, nodes computed from tiles, and what an append writes, on examples worked out by hand. */
class TileLayoutTest {

    private static final TileLayout TWO = new TileLayout(2);

    @Test
    void theRegistersTilesHold256HashesOfEveryEighthLevel() {
        TileLayout layout = TileLayout.REGISTER;
        assertThat(layout.width()).isEqualTo(256);
        // leaf 1000 is hash 1000 - 3 * 256 = 232 of the fourth leaf tile
        assertThat(layout.tileOf(NodeAddress.leaf(1000))).isEqualTo(new TileAddress(0, 3));
        // level 11 = 8 + 3: node 5 spans the level-8 hashes 40 to 47, all in the first tile of level 1
        assertThat(layout.tileOf(new NodeAddress(11, 5))).isEqualTo(new TileAddress(1, 0));
        // level 17 = 16 + 1: node 300 spans the level-16 hashes 600 and 601; 600 = 2 * 256 + 88
        assertThat(layout.tileOf(new NodeAddress(17, 300))).isEqualTo(new TileAddress(2, 2));
        // level 8 is stored: node 300 is hash 300 - 256 = 44 of tile (1, 1)
        assertThat(layout.tileOf(new NodeAddress(8, 300))).isEqualTo(new TileAddress(1, 1));
        assertThat(layout.tileOf(new NodeAddress(NodeAddress.MAX_LEVEL, 0))).isEqualTo(new TileAddress(7, 0));
        assertThat(layout.stores(new NodeAddress(16, 3))).isTrue();
        assertThat(layout.stores(new NodeAddress(17, 3))).isFalse();
        assertThat(layout.tilesFor(List.of(NodeAddress.leaf(0), NodeAddress.leaf(255), new NodeAddress(7, 1),
                NodeAddress.leaf(256)))).containsExactly(new TileAddress(0, 0), new TileAddress(0, 1));
    }

    @Test
    void aNodeBetweenStoredLevelsIsThePerfectSubtreeOverItsTileHashesAndExistsOnlyWhenAllAreThere() {
        List<Hash> leaves = leafHashes(5);
        Hash n20 = MerkleTreeHash.node(MerkleTreeHash.node(leaves.get(0), leaves.get(1)),
                MerkleTreeHash.node(leaves.get(2), leaves.get(3)));
        // five leaves in tiles of height 2: [h0 h1 h2 h3] [h4] at level 0, [n(2,0)] at level 2
        Tile first = tile(0, 0, leaves.subList(0, 4));
        Tile second = tile(0, 1, leaves.subList(4, 5));
        Tile upper = tile(1, 0, List.of(n20));

        assertThat(TWO.node(new NodeAddress(1, 1), first)).hasValue(MerkleTreeHash.node(leaves.get(2), leaves.get(3)));
        assertThat(TWO.node(NodeAddress.leaf(3), first)).hasValue(leaves.get(3));
        assertThat(TWO.node(NodeAddress.leaf(4), second)).hasValue(leaves.get(4));
        assertThat(TWO.node(new NodeAddress(2, 0), upper)).hasValue(n20);
        // node (1, 2) needs h4 and h5; node (3, 0) needs n(2,0) and n(2,1)
        assertThat(TWO.node(new NodeAddress(1, 2), second)).isEmpty();
        assertThat(TWO.node(new NodeAddress(3, 0), upper)).isEmpty();
        assertThatThrownBy(() -> TWO.node(NodeAddress.leaf(4), first)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAppendWritesEachTouchedTileOnceFromWhereItEnds() {
        List<Hash> leaves = leafHashes(10);
        CompactRange three = CompactRange.empty().append(leaves.subList(0, 3)).range();
        CompactRange.AppendedBatch appended = three.append(leaves.subList(3, 10));

        List<TileWrite> writes = TWO.writesFor(appended.newNodes());

        // levels 0 and 2 are stored: leaf 3 completes tile (0,0), leaves 4-7 fill (0,1), 8-9 start (0,2),
        // and the level-2 nodes 0 and 1 (leaves 0-3 and 4-7) start tile (1,0); level-1 and level-3 nodes are dropped
        assertThat(writes).extracting(TileWrite::address, TileWrite::offset, TileWrite::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple(new TileAddress(0, 0), 3, 1),
                org.assertj.core.groups.Tuple.tuple(new TileAddress(0, 1), 0, 4),
                org.assertj.core.groups.Tuple.tuple(new TileAddress(0, 2), 0, 2),
                org.assertj.core.groups.Tuple.tuple(new TileAddress(1, 0), 0, 2));
        assertThat(writes.get(1).hashes()).isEqualTo(concatenated(leaves.subList(4, 8)));
        assertThat(writes.get(3).hashes()).isEqualTo(concatenated(List.of(
                MerkleTreeHash.root(leaves.subList(0, 4)), MerkleTreeHash.root(leaves.subList(4, 8)))));
        assertThat(writes.get(0).startsTile()).isFalse();
        assertThat(writes.get(1).startsTile()).isTrue();
    }

    @Test
    void nodesOfATileWithAGapAreRefused() {
        List<Hash> leaves = leafHashes(3);
        assertThatThrownBy(() -> TWO.writesFor(List.of(new TreeNode(NodeAddress.leaf(0), leaves.get(0)),
                new TreeNode(NodeAddress.leaf(2), leaves.get(2)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without gaps");
    }

    @Test
    void aStoreRefusesWritesThatDoNotContinueItsTiles() {
        List<Hash> leaves = leafHashes(6);
        CompactRange.AppendedBatch first = CompactRange.empty().append(leaves.subList(0, 3));
        CompactRange.AppendedBatch second = first.range().append(leaves.subList(3, 6));
        InMemoryTileStore store = new InMemoryTileStore(TWO);
        store.write(first.newNodes());

        assertThatThrownBy(() -> store.write(first.newNodes()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("out of step");
        InMemoryTileStore skipping = new InMemoryTileStore(TWO);
        assertThatThrownBy(() -> skipping.write(second.newNodes()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("out of step");

        store.write(second.newNodes());
        assertThat(store.nodes().node(new NodeAddress(1, 2))).hasValue(MerkleTreeHash.node(leaves.get(4), leaves.get(5)));
        assertThat(store.size()).isEqualTo(3);
    }

    @Test
    void layoutsAndTilesRefuseImpossibleShapes() {
        assertThatThrownBy(() -> new TileLayout(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TileLayout(TileLayout.MAX_HEIGHT + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tile(new TileAddress(0, 0), new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tile(new TileAddress(0, 0), new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TileAddress(0, -1)).isInstanceOf(IllegalArgumentException.class);
        Tile overfull = tile(0, 0, leafHashes(5));
        assertThatThrownBy(() -> TWO.node(NodeAddress.leaf(0), overfull)).isInstanceOf(IllegalStateException.class);
    }

    static List<Hash> leafHashes(int n) {
        List<Hash> hashes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            hashes.add(MerkleTreeHash.leaf(new byte[] {(byte) i}));
        }
        return hashes;
    }

    private static Tile tile(int level, long index, List<Hash> hashes) {
        return new Tile(new TileAddress(level, index), concatenated(hashes));
    }

    private static byte[] concatenated(List<Hash> hashes) {
        byte[] bytes = new byte[hashes.size() * Hash.LENGTH];
        for (int i = 0; i < hashes.size(); i++) {
            System.arraycopy(hashes.get(i).bytes(), 0, bytes, i * Hash.LENGTH, Hash.LENGTH);
        }
        return bytes;
    }
}
