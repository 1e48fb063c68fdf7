#!/usr/bin/env bash
# Builds the core and the benchmarks, then runs the JMH benchmarks on one thread.
# Extra arguments go to JMH, e.g.  bench/run.sh KeyAndApportionment   or   bench/run.sh -wi 1 -i 2
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -pl core,bench -am install -DskipTests

java -jar bench/target/pactum-benchmarks.jar \
  -t 1 -f 1 -wi 3 -w 3s -i 5 -r 3s \
  -rf json -rff bench/target/jmh-results.json \
  "$@"
