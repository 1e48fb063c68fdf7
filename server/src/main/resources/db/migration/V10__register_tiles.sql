-- The public register's tree in tiles, as Tessera and Go's checksum database store transparency
-- logs (see docs/adr/0002-public-register.md). Tile (tile_level, tile_index) holds the hashes of
-- the nodes of tree level 8 * tile_level with indices [256 * tile_index, 256 * tile_index + n),
-- concatenated, 32 bytes each, n at most 256: tile level 0 holds the leaf hashes, level 1 the
-- subtrees of 256 leaves, level 2 those of 65,536, and so on. The nodes of the levels in between
-- are computed from these when a proof needs them. A full tile never changes; the last tile of
-- each level grows as entries are appended. Replaces register_node, whose rows V11 moves here.
CREATE TABLE register_tile (
    tile_level SMALLINT NOT NULL,
    tile_index BIGINT   NOT NULL,
    hashes     BYTEA    NOT NULL,
    PRIMARY KEY (tile_level, tile_index)
);
