#!/usr/bin/env bash
# The platform against plain Camunda 7.24 on one machine and one embedded PostgreSQL (fsync on):
# intake and per-step throughput with p50/p95/p99, the ratio platform/plain, start-up time, heap and
# RSS at rest and under load; every figure printed with its target. Results: docs/benchmarks.md.
#   scripts/benchmark.sh                                        # 2 rounds of 30 s per phase, 16 client threads
#   scripts/benchmark.sh -Dbenchmark.seconds=60 -Dbenchmark.threads=32 -Dbenchmark.rounds=3
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
./mvnw -B -q test -Dtest=PlatformBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
  | grep --line-buffered '\[benchmark\]'
