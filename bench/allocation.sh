#!/usr/bin/env bash
# Case allocation benchmarks (figures in bench/README.md). Installs Debian's coinor-cbc for the
# side-by-side run when missing (needs root), builds core and bench, then runs the sizes asked for:
#   bench/allocation.sh small national eu
# JAVA_OPTS are passed to the benchmark, e.g. JAVA_OPTS=-Dpactum.bench.cbcSeconds=120 to stop CBC sooner
# (default 600 s), or -Dpactum.allocation.trace=true to follow the solvers round by round.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cbc >/dev/null; then
  apt-get install -y coinor-cbc
fi
./mvnw -o -q -B -pl core,bench -am install -DskipTests
for size in "${@:-small}"; do
  java -Xmx8g ${JAVA_OPTS:-} -cp bench/target/pactum-benchmarks.jar org.pactum.bench.allocation.AllocationBenchmark "$size"
done
