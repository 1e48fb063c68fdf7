#!/usr/bin/env bash
# Case allocation benchmarks (figures in bench/README.md). Installs Debian's coinor-cbc for the
# side-by-side run when missing (needs root), builds core and bench, then runs the sizes asked for:
#   bench/allocation.sh small national eu
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cbc >/dev/null; then
  apt-get install -y coinor-cbc
fi
./mvnw -q -B -pl core,bench -am install -DskipTests
for size in "${@:-small}"; do
  java -Xmx8g -cp bench/target/pactum-benchmarks.jar org.pactum.bench.allocation.AllocationBenchmark "$size"
done
