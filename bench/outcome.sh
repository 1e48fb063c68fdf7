#!/usr/bin/env bash
# The outcome model of case allocation on SYNTHETIC data (figures in bench/README.md): calibration
# on held-out placements, gain of batch mode over quota-only on the synthetic ground truth, the
# trees' share of the oracle's gain, and the fairness report. Run from anywhere:
#   bench/outcome.sh [training placements] [arrivals]      (defaults 50000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -o -q -B -pl core,bench -am package -DskipTests
java -Xmx4g -cp bench/target/pactum-benchmarks.jar org.pactum.bench.allocation.OutcomeBenchmark "$@"
