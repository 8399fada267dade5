#!/usr/bin/env bash
# Deadlines coming due in one window: N cases registered once through the intake API, then on a copy
# of that database for each variant their 2N reminder and breach timers due within one minute,
# fired by one node, then by two nodes on one database; prints lateness p50/p99 (goal p99 ≤ 60 s)
# and exactly-once counts (records, case record, mails).
#   scripts/benchmark-timers.sh                          # 50,000 cases, 100,000 timers (~1.5 h here)
#   scripts/benchmark-timers.sh -Dbenchmark.nodes=1      # one node only
#   scripts/benchmark-timers.sh -Dbenchmark.fewest-nodes=2 -Dbenchmark.mail-wait-minutes=5
#   scripts/benchmark-timers.sh -Dbenchmark.deadlines=1500   # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
./mvnw -B -q test -Dtest=TimerLatenessBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
  | grep --line-buffered '\[timer-benchmark\]'
