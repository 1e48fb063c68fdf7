package org.pactum.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A register kept in tiles answers exactly as the same register kept node by node: for registers
 * of random entries, of random sizes (many just below, at or just above the sizes where a tile
 * level fills, 2^(h*k)), appended in random batches, every node the node store holds is computed
 * from the tiles with the same hash, every node it lacks is absent, and the roots and proofs
 * {@link TreeProofs} serves from the tiles are those it serves from the nodes. The expected values
 * come from {@link InMemoryTreeNodeStore}, filled by {@link CompactRange#append}, and from
 * {@link MerkleTreeHash#root}, neither of which knows about tiles. Small tile heights (1 to 3)
 * reach several tile levels with small registers; height 8, the register's, is tried at 256 and
 * 65,536 leaves.
 */
class TiledTreeNodeStoreProperties {

    /** A register of {@code size} random entries, appended in batches of the given sizes in turn. */
    record Register(int height, int size, List<Integer> batchSizes, long seed) {
    }

    @Provide
    Arbitrary<Register> smallTiles() {
        return Arbitraries.integers().between(1, 3).flatMap(height -> Combinators.combine(
                        sizes(height, 4096), batchSizes(70), Arbitraries.longs())
                .as((size, batches, seed) -> new Register(height, size, batches, seed)));
    }

    @Provide
    Arbitrary<Register> registerTiles() {
        Arbitrary<Integer> sizes = Arbitraries.oneOf(nearMultiple(256, 3), nearMultiple(65_536, 1));
        return Combinators.combine(sizes, batchSizes(10_000), Arbitraries.longs())
                .as((size, batches, seed) -> new Register(TileLayout.REGISTER.height(), size, batches, seed));
    }

    @Property(tries = 300)
    void everyNodeIsInTheTilesExactlyWhenTheNodeStoreHasIt(@ForAll("smallTiles") Register register) {
        Stores stores = new Stores(new TileLayout(register.height()));
        // after every batch, not only at the end: partial tiles grow in place from one batch to the next
        stores.appendAll(register, () -> {
            if (stores.leafHashes.size() <= 1000 || stores.leafHashes.size() == register.size()) {
                assertSameNodes(stores);
            }
        });
        assertThat(stores.tiles.size()).as("tiles stored").isEqualTo(expectedTileCount(register.size(), register.height()));
    }

    @Property(tries = 300)
    void proofsFromTilesAreTheProofsFromNodes(@ForAll("smallTiles") Register register) {
        Stores stores = new Stores(new TileLayout(register.height()));
        stores.appendAll(register, () -> { });
        assertSameProofs(stores, new SplittableRandom(register.seed()), 200);
    }

    @Property(tries = 8)
    void theRegistersTilesOfHeightEightAnswerAsTheNodesDo(@ForAll("registerTiles") Register register) {
        Stores stores = new Stores(TileLayout.REGISTER);
        stores.appendAll(register, () -> { });
        assertSameNodes(stores);
        assertThat(stores.tiles.size()).as("tiles stored").isEqualTo(expectedTileCount(register.size(), 8));
        assertSameProofs(stores, new SplittableRandom(register.seed()), 300);
    }

    private static void assertSameNodes(Stores stores) {
        long size = stores.leafHashes.size();
        List<NodeAddress> addresses = new ArrayList<>();
        int levels = 64 - Long.numberOfLeadingZeros(size);
        for (int level = 0; level <= Math.min(levels + 1, NodeAddress.MAX_LEVEL); level++) {
            // every complete node of the level and the two after it, which are not complete
            for (long index = 0; index <= (size >> level) + 1; index++) {
                addresses.add(new NodeAddress(level, index));
            }
        }
        TreeNodeStore tiled = stores.tiles.nodes();
        assertThat(tiled.nodes(addresses)).as("all nodes at %d leaves", size).isEqualTo(stores.nodes.nodes(addresses));
        if (size <= 300) {
            for (NodeAddress address : addresses) {
                assertThat(tiled.node(address)).as("node %s at %d leaves", address, size).isEqualTo(stores.nodes.node(address));
            }
        }
    }

    private static void assertSameProofs(Stores stores, SplittableRandom random, int samples) {
        int size = stores.leafHashes.size();
        if (size == 0) {
            assertThat(new TreeProofs(stores.tiles.nodes()).rootHash(0)).isEqualTo(MerkleTreeHash.empty());
            return;
        }
        TreeProofs fromTiles = new TreeProofs(stores.tiles.nodes());
        TreeProofs fromNodes = new TreeProofs(stores.nodes);
        assertThat(fromTiles.rootHash(size)).as("root of the whole register").isEqualTo(MerkleTreeHash.root(stores.leafHashes));
        for (int i = 0; i < Math.min(samples, size); i++) {
            // every size when the register is small, random ones otherwise
            int treeSize = samples >= size ? i + 1 : 1 + random.nextInt(size);
            int leaf = random.nextInt(treeSize);
            int earlier = random.nextInt(treeSize + 1);
            Hash root = fromNodes.rootHash(treeSize);

            assertThat(fromTiles.rootHash(treeSize)).as("root at %d", treeSize).isEqualTo(root);
            InclusionProof inclusion = fromTiles.inclusionProof(leaf, treeSize);
            assertThat(inclusion).isEqualTo(fromNodes.inclusionProof(leaf, treeSize));
            assertThat(inclusion.verify(stores.leafHashes.get(leaf), root)).isTrue();
            ConsistencyProof consistency = fromTiles.consistencyProof(earlier, treeSize);
            assertThat(consistency).isEqualTo(fromNodes.consistencyProof(earlier, treeSize));
            assertThat(consistency.verify(fromNodes.rootHash(earlier), root)).isTrue();
        }
    }

    /** Tile level t holds size / 2^(h*t) hashes, 2^h to a tile, the last one partial. */
    private static long expectedTileCount(long size, int height) {
        long tiles = 0;
        for (long stored = size; stored > 0; stored >>= height) {
            tiles += (stored + (1L << height) - 1) >> height;
        }
        return tiles;
    }

    /** The same register, kept node by node and in tiles. */
    private static final class Stores {

        final InMemoryTreeNodeStore nodes = new InMemoryTreeNodeStore();
        final InMemoryTileStore tiles;
        final List<Hash> leafHashes = new ArrayList<>();
        private CompactRange range = CompactRange.empty();

        Stores(TileLayout layout) {
            tiles = new InMemoryTileStore(layout);
        }

        void appendAll(Register register, Runnable afterEachBatch) {
            SplittableRandom random = new SplittableRandom(register.seed());
            for (int batch = 0; leafHashes.size() < register.size(); batch++) {
                int count = Math.min(register.batchSizes().get(batch % register.batchSizes().size()),
                        register.size() - leafHashes.size());
                List<Hash> entries = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    byte[] entry = new byte[random.nextInt(13)];
                    random.nextBytes(entry);
                    entries.add(MerkleTreeHash.leaf(entry));
                }
                CompactRange.AppendedBatch appended = range.append(entries);
                nodes.write(appended.newNodes());
                tiles.write(appended.newNodes());
                range = appended.range();
                leafHashes.addAll(entries);
                afterEachBatch.run();
            }
        }
    }

    /** Sizes of any kind up to {@code max}, and often within three of a multiple of a full tile level. */
    private static Arbitrary<Integer> sizes(int height, int max) {
        List<Arbitrary<Integer>> nearBoundaries = new ArrayList<>();
        for (long boundary = 1L << height; boundary <= max; boundary <<= height) {
            nearBoundaries.add(nearMultiple((int) boundary, 3));
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 700)),
                net.jqwik.api.Tuple.of(3, Arbitraries.oneOf(nearBoundaries)));
    }

    /** 1 to {@code multiples} times {@code boundary}, plus or minus up to 3. */
    private static Arbitrary<Integer> nearMultiple(int boundary, int multiples) {
        return Combinators.combine(Arbitraries.integers().between(1, multiples), Arbitraries.integers().between(-3, 3))
                .as((times, delta) -> Math.max(0, times * boundary + delta));
    }

    private static Arbitrary<List<Integer>> batchSizes(int max) {
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, Math.min(max, 40))),
                        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, max)))
                .list().ofMinSize(1).ofMaxSize(6);
    }
}
