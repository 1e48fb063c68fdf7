#!/usr/bin/env bash
# Drops the register's tiles (the table register_tile, its TOAST table and both indexes) of a local
# PostgreSQL database from the operating system's page cache, so that proofs can be timed with the
# tiles read from disk, as after a restart or after other work pushed them out. Needs read access to
# PostgreSQL's data directory (run as root or postgres). Pages in PostgreSQL's own shared_buffers
# are not touched.  Usage: bench/drop-register-tiles-from-page-cache.sh [database]   (default pactum_bench)
set -euo pipefail
database="${1:-pactum_bench}"
psql=(psql -h 127.0.0.1 -U postgres -d "$database" -Atc)
data="$("${psql[@]}" "SHOW data_directory")"
files="$("${psql[@]}" "SELECT pg_relation_filepath(c.oid), pg_relation_filepath(c.reltoastrelid),
    pg_relation_filepath((SELECT indexrelid FROM pg_index WHERE indrelid = c.reltoastrelid)),
    pg_relation_filepath((SELECT indexrelid FROM pg_index WHERE indrelid = c.oid))
    FROM pg_class c WHERE c.relname = 'register_tile'" | tr '|' ' ')"
for relation in $files; do
  # a relation is one file, or several of 1 GiB: name, name.1, name.2, ...
  for file in "$data/$relation" "$data/$relation".[0-9]*; do
    [ -e "$file" ] || continue
    dd if="$file" iflag=nocache count=0 status=none
    echo "dropped from the page cache: $file"
  done
done
