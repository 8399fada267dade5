#!/usr/bin/env bash
# Every figure of the benchmark in one command, each printed beside its target: the platform beside
# plain Camunda (intake, steps, footprint), reads at scale (1,000,000 historic cases, 100,000 open
# tasks) and timer lateness (100,000 deadlines, one node and two). About 2.5 hours and 40 GB of disk
# here; each part runs alone as well. Options (-Dbenchmark.…) reach all three parts; each reads its
# own. Results: docs/benchmarks.md.
#   scripts/benchmark-all.sh
set -euo pipefail
cd "$(dirname "$0")"
./benchmark.sh "$@"
./benchmark-scale.sh "$@"
./benchmark-timers.sh "$@"
