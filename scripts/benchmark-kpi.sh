#!/usr/bin/env bash
# 监控中心's KPI API at scale: 100,000 historic cases on an embedded PostgreSQL, then
# GET /api/kpi/units per day, week, month, quarter and year; prints p50/p95 per period (goal p95 < 1 s).
#   scripts/benchmark-kpi.sh                      # 100,000 cases, 40 requests per period
#   scripts/benchmark-kpi.sh -Dbenchmark.cases=20000 -Dbenchmark.rounds=20
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=KpiBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
  | grep --line-buffered '\[kpi-benchmark\]'
