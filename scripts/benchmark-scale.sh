#!/usr/bin/env bash
# The platform's reads at scale: 1,000,000 historic cases and 100,000 open unit tasks copied in SQL
# from cases the platform made, then Tasklist's 本单位待办 and 即将超期, the case record and Cockpit's
# instance list, each with its target. Results: docs/benchmarks.md.
#   scripts/benchmark-scale.sh
#   scripts/benchmark-scale.sh -Dbenchmark.historic-cases=100000 -Dbenchmark.open-tasks=20000
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
./mvnw -B -q test -Dtest=ScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
  | grep --line-buffered '\[scale-benchmark\]\|ERROR\|Exception'
