#!/usr/bin/env bash
# Deadlines coming due in one window: N cases registered through the intake API, their 2N reminder
# and breach timers due within one minute, fired by one node, then by two nodes on one database;
# prints lateness p50/p99 (goal p99 ≤ 60 s) and exactly-once counts (records, case record, mails).
#   scripts/benchmark-timers.sh                                   # 100,000 cases (hours on 2 cores)
#   scripts/benchmark-timers.sh -Dbenchmark.deadlines=5000
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
./mvnw -B -q test -Dtest=TimerLatenessBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
  | grep --line-buffered '\[timer-benchmark\]'
