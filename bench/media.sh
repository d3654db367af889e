#!/usr/bin/env bash
# N concurrent ConversationRelay sessions against one media worker (zero-latency scripted model)
# beside a bare WebSocket echo on the same server: prompt -> first text frame p50/p99 and RSS per
# session. SESSIONS=10,100,500 ROUNDS=10 THINK_MS=200 bench/media.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl media-worker -am test -Dtest=MediaLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.sessions="${SESSIONS:-10,100,250,500,750}" -Dbench.rounds="${ROUNDS:-10}" \
  -Dbench.thinkMillis="${THINK_MS:-200}"
grep BENCH media-worker/target/surefire-reports/dev.dialer.media.bench.MediaLatencyBenchmark-output.txt
