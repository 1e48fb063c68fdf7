#!/usr/bin/env bash
# Load and fault benchmark of two Pactum nodes on one PostgreSQL database, on the loopback interface
# only (see bench/README.md, "Two nodes under load and faults"). Builds the server and the benchmark,
# makes a new database pactum_bench_load (dropped first if it exists), then runs
# org.pactum.bench.load.LoadAndFaultBenchmark, which starts both nodes from server/target/pactum.jar,
# measures, restarts PostgreSQL (as root, with pg_ctlcluster) and kills a node, and stops both nodes.
# Bounded: about 3 minutes of load (3 x (10 s warm-up + 30 s)), at most 800 + 480 writes in the faults.
# Extra arguments go to the benchmark, e.g.  bench/load-and-faults.sh --clients 4 --seconds 20
set -euo pipefail
cd "$(dirname "$0")/.."

database=${PACTUM_BENCH_DB:-pactum_bench_load}
[[ "$database" == pactum_bench_* ]] || { echo "the benchmark's database must be named pactum_bench_*" >&2; exit 2; }
pg_host=127.0.0.1
pg_user=${PACTUM_BENCH_PG_USER:-postgres}

./mvnw -q -B -DskipTests -pl core,register-jdbc,server,bench -am install

psql -h "$pg_host" -U "$pg_user" -d postgres -q -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
psql -h "$pg_host" -U "$pg_user" -d postgres -q -c "CREATE DATABASE $database"

work=${PACTUM_BENCH_WORK:-/tmp/pactum-bench-load}
rm -rf "$work"
mkdir -p "$work"

java -cp bench/target/pactum-benchmarks.jar org.pactum.bench.load.LoadAndFaultBenchmark \
  --jar server/target/pactum.jar --url "jdbc:postgresql://$pg_host:5432/$database" --user "$pg_user" \
  --work "$work" "$@" 2>&1 | tee "$work/benchmark.log"
